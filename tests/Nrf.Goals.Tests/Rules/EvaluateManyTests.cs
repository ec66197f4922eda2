using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Rules;

public sealed class EvaluateManyTests : IClassFixture<NrfFixture>
{
    private readonly NrfFixture _nrf;

    public EvaluateManyTests(NrfFixture nrf) => _nrf = nrf;

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void EvaluateMany_VariedDocuments_EachResultEqualsItsSingleEvaluation(int maxDegreeOfParallelism)
    {
        var documents = VariedDocuments();

        var many = _nrf.Compiled.EvaluateMany(documents, maxDegreeOfParallelism);

        many.Should().HaveCount(documents.Count);
        many.Select(JsonReport.Write).Should().Equal(documents.Select(d => JsonReport.Write(_nrf.Compiled.Evaluate(d))));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void EvaluateMany_WithCallback_EachIndexOnceWithItsSingleEvaluation(int maxDegreeOfParallelism)
    {
        var documents = VariedDocuments();
        var received = new System.Collections.Concurrent.ConcurrentBag<(int Index, string Json)>();

        _nrf.Compiled.EvaluateMany(documents, (i, result) => received.Add((i, JsonReport.Write(result))), maxDegreeOfParallelism);

        received.OrderBy(r => r.Index).Select(r => r.Index).Should().Equal(Enumerable.Range(0, documents.Count));
        received.OrderBy(r => r.Index).Select(r => r.Json).Should().Equal(documents.Select(d => JsonReport.Write(_nrf.Compiled.Evaluate(d))));
    }

    [Fact]
    public void EvaluateMany_VariedDocuments_CoverEveryStatusAndVerdict()
    {
        // Guards the equality test above against documents that all come out the same.
        var many = _nrf.Compiled.EvaluateMany(VariedDocuments());

        many.SelectMany(r => r.Goals).Select(g => g.Status).Distinct().Should().BeEquivalentTo(
            [GoalStatus.Met, GoalStatus.PartlyMet, GoalStatus.NotMet, GoalStatus.NotEvaluable]);
        many.Select(r => r.Verdict.Status).Distinct().Should().BeEquivalentTo([VerdictStatus.Met, VerdictStatus.NotMet, VerdictStatus.Undetermined]);
    }

    [Fact]
    public void EvaluateMany_ThroughGoalEvaluator_ResultsInDocumentOrder()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RepositoryPaths.Rules("nrf/2023-2025.yaml"))).UseNRules();
        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IGoalEvaluator>();
        var documents = new[] { 2025, 2023, 2024 }.Select(year => Document(year, "bg_meetings_planned: 30\n  bg_meetings_quorate: 27")).ToList();

        var many = evaluator.EvaluateMany("nrf-2023-2025", documents);

        many.Select(r => r.Year).Should().Equal(2025, 2023, 2024);
        many.Select(r => r.Goal("mal-4")!.Explanation).Should().AllBe("BG beslutsför vid 27 av 30 möten (90,0 %), mål minst 90 %");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void EvaluateMany_StatusesOnly_SameStatusesReasonsGroupsAndVerdictsWithoutTexts(int maxDegreeOfParallelism)
    {
        var documents = VariedDocuments();
        static object Judgement(EvaluationResult r) => new
        {
            r.Verdict,
            Goals = r.Goals.Select(g => (g.Id, g.Status, g.Reason, g.Comment, Parts: string.Join(",", g.Parts.Select(p => p.Status)))).ToList(),
            r.Groups,
        };

        var statusesOnly = _nrf.Compiled.EvaluateMany(documents, maxDegreeOfParallelism, EvaluationDetail.StatusesOnly);

        statusesOnly.Select(Judgement).Should().BeEquivalentTo(documents.Select(d => Judgement(_nrf.Compiled.Evaluate(d))), o => o.WithStrictOrdering());
        statusesOnly.SelectMany(r => r.Goals).Should().OnlyContain(g => g.Explanation.Length == 0 && g.Values.IsEmpty && g.Parts.All(p => p.Detail.Length == 0));
    }

    [Fact]
    public void Evaluate_StatusesOnlyOnNorrbottenExample_SameStatusesAsFull()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var compiled = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(ruleSet);
        var values = ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet);

        var full = compiled.Evaluate(values);
        var thin = compiled.Evaluate(values, EvaluationDetail.StatusesOnly);

        thin.Goals.Select(g => (g.Id, g.Status, g.Reason, g.Comment)).Should().Equal(full.Goals.Select(g => (g.Id, g.Status, g.Reason, g.Comment)));
        thin.Goals.Should().OnlyContain(g => g.Explanation.Length == 0 && g.Values.IsEmpty, "not followed up, monitor-only and not evaluable goals included");
        thin.Groups.Should().Equal(full.Groups);
        thin.Verdict.Should().Be(full.Verdict);
    }

    [Fact]
    public void Evaluate_OneThreadAfterAnother_SameAsEachOnAFreshThread()
    {
        // Evaluations on one thread reuse one context; nothing of one document may leak into the next.
        var documents = VariedDocuments();
        documents.AddRange(Enumerable.Reverse(documents).ToList());
        string Fresh(ValuesDocument d, EvaluationDetail detail)
        {
            string? json = null;
            var thread = new Thread(() => json = JsonReport.Write(_nrf.Compiled.Evaluate(d, detail)));
            thread.Start();
            thread.Join();
            return json!;
        }

        foreach (var detail in new[] { EvaluationDetail.Full, EvaluationDetail.StatusesOnly })
        {
            documents.Select(d => JsonReport.Write(_nrf.Compiled.Evaluate(d, detail))).Should().Equal(documents.Select(d => Fresh(d, detail)));
        }
    }

    [Fact]
    public void Evaluate_TwoRuleSetsInterleavedOnOneThread_SameAsEachOnAFreshThread()
    {
        var norrbotten = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var other = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(norrbotten);
        var otherValues = ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), norrbotten);
        var nrfValues = VariedDocuments();
        string Fresh(Func<string> evaluate)
        {
            string? json = null;
            var thread = new Thread(() => json = evaluate());
            thread.Start();
            thread.Join();
            return json!;
        }

        var interleaved = new List<string>();
        var fresh = new List<string>();
        foreach (var d in nrfValues.Take(6))
        {
            interleaved.Add(JsonReport.Write(_nrf.Compiled.Evaluate(d)));
            interleaved.Add(JsonReport.Write(other.Evaluate(otherValues)));
            fresh.Add(Fresh(() => JsonReport.Write(_nrf.Compiled.Evaluate(d))));
            fresh.Add(Fresh(() => JsonReport.Write(other.Evaluate(otherValues))));
        }

        interleaved.Should().Equal(fresh);
    }

    [Fact]
    public void EvaluateMany_NoDocuments_NoResults() =>
        _nrf.Compiled.EvaluateMany([]).Should().BeEmpty();

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void EvaluateMany_ParallelismNeitherPositiveNorMinusOne_Throws(int maxDegreeOfParallelism)
    {
        var act = () => _nrf.Compiled.EvaluateMany([Document(2023, "rpo_count: 1")], maxDegreeOfParallelism);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Documents that differ in year, report period and values, some with values missing or dividing by zero.</summary>
    internal List<ValuesDocument> VariedDocuments()
    {
        var documents = new List<ValuesDocument>
        {
            ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), _nrf.RuleSet),
            Document(2024, "bg_meetings_planned: 0\n  bg_meetings_quorate: 0"),
            Document(2025, "website_visitors: {2024: 10, 2025: 9}"),
        };
        var example = File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml"));
        for (var quorate = 20; quorate <= 29; quorate++)
        {
            documents.Add(ValuesLoader.Parse(example.Replace("bg_meetings_quorate: 26", $"bg_meetings_quorate: {quorate}"), "v.yaml", _nrf.RuleSet));
            documents.Add(ValuesLoader.Parse(example.Replace("equity_sek: 3420000", $"equity_sek: {quorate * 40_000}"), "v.yaml", _nrf.RuleSet));
        }

        documents.Add(ValuesLoader.Parse(example.Replace("report: annual", "report: interim\nasOf: 2023-08-31"), "v.yaml", _nrf.RuleSet));
        documents.Add(ValuesLoader.Parse(example.Replace("  rpo_count: 24\n", string.Empty).Replace("  care_pathway_feedback_to_skr: true\n", string.Empty), "v.yaml", _nrf.RuleSet));
        documents.Add(ValuesLoader.Parse(example.Replace("rpo_university_care_documented: 22", "rpo_university_care_documented: 24").Replace("care_pathway_feedback_to_board: true", "care_pathway_feedback_to_board: false"), "v.yaml", _nrf.RuleSet));
        return documents;
    }

    private ValuesDocument Document(int year, string values) =>
        ValuesLoader.Parse($"entity: nrf\nyear: {year}\nreport: annual\nvalues:\n  {values}\n", "v.yaml", _nrf.RuleSet);
}
