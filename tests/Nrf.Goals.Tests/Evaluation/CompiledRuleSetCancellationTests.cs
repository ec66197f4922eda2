using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.DependencyInjection;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Evaluation;

/// <summary>Batch evaluation stops when its CancellationToken is cancelled (issue 12).</summary>
public sealed class CompiledRuleSetCancellationTests
{
    private static readonly ICompiledRuleSet Compiled = new NRulesCompiler().Compile(RuleSetLoader.Parse(SmallRules.Text(), "small.yaml"));

    [Fact]
    public void EvaluateMany_CancelledDuringTheThirdResultOnOneThread_ThrowsAfterThreeResults()
    {
        using var cancellation = new CancellationTokenSource();
        var received = new List<int>();

        var act = () => Compiled.EvaluateMany(Documents(50), (i, _) =>
        {
            received.Add(i);
            if (received.Count == 3)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token, maxDegreeOfParallelism: 1);

        act.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cancellation.Token);
        received.Should().Equal(0, 1, 2);
    }

    [Fact]
    public void EvaluateMany_CancelledOnManyThreads_ThrowsOperationCanceledExceptionBeforeTheBatchEnds()
    {
        using var cancellation = new CancellationTokenSource();
        var received = 0;
        var documents = Documents(2000);

        var act = () => Compiled.EvaluateMany(documents, (_, _) =>
        {
            if (Interlocked.Increment(ref received) == 10)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token, maxDegreeOfParallelism: 2);

        act.Should().Throw<OperationCanceledException>();
        received.Should().BeLessThan(documents.Count);
    }

    [Fact]
    public void EvaluateMany_AlreadyCancelled_EvaluatesNothing()
    {
        var documents = Documents(3);
        var act = () => Compiled.EvaluateMany(documents, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void EvaluateMany_NotCancelled_SameResultsAsWithoutAToken()
    {
        var documents = Documents(20);

        var results = Compiled.EvaluateMany(documents, CancellationToken.None, maxDegreeOfParallelism: 2);

        results.Select(r => r.Goal("g")!.Status).Should().Equal(Compiled.EvaluateMany(documents).Select(r => r.Goal("g")!.Status));
        results.Select(r => r.Goal("g")!.Status).Distinct().Should().HaveCount(2, "a runs 0…19 around the target 10");
    }

    [Fact]
    public void EvaluateMany_ThroughGoalEvaluatorCancelled_ThrowsOperationCanceledException()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.AddRuleSet("small.yaml", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallRules.Text())))).UseNRules();
        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IGoalEvaluator>();

        var act = () => evaluator.EvaluateMany("small", Documents(5), cancellationToken: new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    private static List<ValuesDocument> Documents(int count) =>
        Enumerable.Range(0, count).Select(i => ValuesLoader.Parse($"entity: demo\nyear: 2023\nreport: annual\nvalues:\n  a: {i % 20}\n", "v.yaml", Compiled.RuleSet)).ToList();
}
