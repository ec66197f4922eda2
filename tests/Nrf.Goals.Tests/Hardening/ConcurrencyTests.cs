using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>One evaluator from dependency injection shared by many threads gives exactly the sequential results.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 32;
    private const int Evaluations = 10_000;
    private const int DistinctDocuments = 300;

    private static string RuleFile => Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Hardening", "Rules", "concurrency.yaml");

    [Fact]
    public void Evaluate_OneEvaluatorSharedBy32ThreadsFor10000Evaluations_GivesExactlyTheSequentialResults()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RuleFile)).UseNRules();
        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IGoalEvaluator>();
        var documents = Documents(evaluator.Get("concurrency").RuleSet);

        // The baseline: each distinct document evaluated once, on this thread, before any concurrency.
        var sequential = documents.Select(d => JsonReport.Write(evaluator.Evaluate("concurrency", d))).ToArray();
        sequential.Distinct(StringComparer.Ordinal).Should().HaveCountGreaterThan(DistinctDocuments / 2, "the documents must differ in their results, not only in their text");

        var mismatches = 0;
        var done = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = t; i < Evaluations; i += Threads)
            {
                // Each thread walks the documents in a different order, so threads evaluate different documents at once.
                var d = (i * 7919 + t) % DistinctDocuments;
                if (!string.Equals(JsonReport.Write(evaluator.Evaluate("concurrency", documents[d])), sequential[d], StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref mismatches);
                }

                Interlocked.Increment(ref done);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        done.Should().Be(Evaluations);
        mismatches.Should().Be(0);
    }

    /// <summary>Distinct documents: counts, breakdowns, series, money and assessments vary; some values are missing.</summary>
    private static ValuesDocument[] Documents(Model.RuleSet ruleSet)
    {
        var random = new Random(20231231);
        string[] statuses = ["met", "partly-met", "not-met"];
        return Enumerable.Range(0, DistinctDocuments).Select(i =>
        {
            string Number(int low, int high) => random.Next(low, high).ToString(CultureInfo.InvariantCulture);
            var text = new System.Text.StringBuilder("entity: nrf\nyear: 2023\nreport: annual\nvalues:\n")
                .Append("  planned: ").Append(Number(8, 12)).Append('\n')
                .Append("  quorate: ").Append(Number(6, 12)).Append('\n')
                .Append("  health_pct: {2023: {K: ").Append(Number(60, 80)).Append(", M: ").Append(Number(60, 80)).Append("}}\n")
                .Append("  balance_sek: [{date: 2023-03-31, value: ").Append(Number(-500, 5000)).Append("}, {date: 2023-06-30, value: ").Append(Number(-500, 5000)).Append("}]\n")
                .Append("  revenue_tkr: ").Append(Number(900, 1100)).Append('.').Append(Number(0, 100)).Append('\n')
                .Append("  costs_tkr: ").Append(Number(900, 1100)).Append('\n')
                .Append("  method: {status: ").Append(statuses[i % 3]).Append(", comment: Bedömning ").Append(i).Append("}\n");
            if (i % 5 != 0)
            {
                text.Append("  visitors: {2022: ").Append(Number(100, 200)).Append(", 2023: ").Append(Number(100, 200)).Append("}\n");
            }

            if (i % 7 == 0)
            {
                text.Append("  deficit_tkr: ").Append(Number(0, 200)).Append('\n');
            }

            return ValuesLoader.Parse(text.ToString(), $"values-{i}.yaml", ruleSet);
        }).ToArray();
    }
}
