using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Rules;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddNrfGoals_WithNRules_EvaluatesTheConfiguredRuleSet()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RepositoryPaths.Rules("nrf/2023-2025.yaml"))).UseNRules();
        using var provider = services.BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IGoalEvaluator>();
        var values = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), evaluator.Get("nrf-2023-2025").RuleSet);
        var result = evaluator.Evaluate("nrf-2023-2025", values);

        provider.GetRequiredService<IGoalEvaluator>().Should().BeSameAs(evaluator);
        result.Verdict.Status.Should().Be(VerdictStatus.Met);
        result.Goal("mal-6")!.Status.Should().Be(GoalStatus.NotMet);
    }

    [Fact]
    public void Evaluate_SharedCompiledRuleSetFromManyThreads_SameResultsAsSequential()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RepositoryPaths.Rules("nrf/2023-2025.yaml"))).UseNRules();
        using var provider = services.BuildServiceProvider();
        var compiled = provider.GetRequiredService<IGoalEvaluator>().Get("nrf-2023-2025");
        var documents = Enumerable.Range(20, 12).Select(quorate => ValuesLoader.Parse(
            $"entity: nrf\nyear: 2023\nreport: annual\nvalues:\n  bg_meetings_planned: 30\n  bg_meetings_quorate: {quorate}\n", "v.yaml", compiled.RuleSet)).ToArray();
        var sequential = documents.Select(d => Nrf.Goals.Reporting.JsonReport.Write(compiled.Evaluate(d))).ToArray();

        var parallel = new string[documents.Length * 20];
        Parallel.For(0, parallel.Length, i => parallel[i] = Nrf.Goals.Reporting.JsonReport.Write(compiled.Evaluate(documents[i % documents.Length])));

        parallel.Select((json, i) => json == sequential[i % documents.Length]).Should().AllBeEquivalentTo(true);
    }
}
