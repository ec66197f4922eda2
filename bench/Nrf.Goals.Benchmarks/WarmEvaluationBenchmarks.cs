using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 1. Warm evaluation of the NRF rule set for one values document: our API (through the compiled rule set and through
/// <see cref="IGoalEvaluator"/> from dependency injection) against the same 13 criteria as a raw RulesEngine workflow
/// (the peer) and as hand-written lambdas (the limit, the baseline of the ratios).
/// </summary>
[MemoryDiagnoser]
public class WarmEvaluationBenchmarks
{
    private RuleSet _ruleSet = null!;
    private ValuesDocument _values = null!;
    private ICompiledRuleSet _compiled = null!;
    private IGoalEvaluator _evaluator = null!;
    private NrfRawWorkflow _raw = null!;

    /// <summary>Loads and compiles everything once; each benchmark then evaluates warm.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = RuleSetLoader.Load(RepositoryFiles.NrfRules);
        _values = ValuesLoader.Load(RepositoryFiles.NrfValues, _ruleSet);
        _compiled = new RulesEngineCompiler().Compile(_ruleSet);
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RepositoryFiles.NrfRules)).UseRulesEngine();
        _evaluator = services.BuildServiceProvider().GetRequiredService<IGoalEvaluator>();
        _evaluator.Evaluate(_ruleSet.Id, _values);
        _raw = new NrfRawWorkflow(_values);
        if (!NrfHandWritten.Evaluate(_values) || _compiled.Evaluate(_values).Verdict.Status != VerdictStatus.Met)
        {
            throw new InvalidOperationException("Every contender should find the example's verdict met.");
        }
    }

    /// <summary>The limit: 13 hand-written lambdas and the policy.</summary>
    [Benchmark(Baseline = true, Description = "hand-written lambdas (limit)")]
    public bool HandWrittenLambdas() => NrfHandWritten.Evaluate(_values);

    /// <summary>The peer: the same 13 criteria as a hand-written RulesEngine workflow.</summary>
    [Benchmark(Description = "raw RulesEngine workflow (peer)")]
    public bool RawRulesEngineWorkflow() => _raw.Evaluate(_values);

    /// <summary>Our API: the compiled rule set, with statuses, explanations, values used and the verdict.</summary>
    [Benchmark(Description = "Nrf.Goals ICompiledRuleSet.Evaluate")]
    public EvaluationResult CompiledRuleSetEvaluate() => _compiled.Evaluate(_values);

    /// <summary>
    /// Our API answering what the peer and the limit answer — statuses and the verdict (plus reasons and group
    /// roll-ups) — without writing explanations: <c>Evaluate(values, EvaluationDetail.StatusesOnly)</c>.
    /// </summary>
    [Benchmark(Description = "Nrf.Goals Evaluate, StatusesOnly")]
    public EvaluationResult CompiledRuleSetStatusesOnly() => _compiled.Evaluate(_values, EvaluationDetail.StatusesOnly);

    /// <summary>
    /// Before the fast path: our rules executed through <c>RulesEngine.ExecuteAllRulesAsync</c> per evaluation (result
    /// trees, input dictionaries, a task per call); the same results.
    /// </summary>
    [Benchmark(Description = "Nrf.Goals through ExecuteAllRulesAsync (before)")]
    public EvaluationResult ThroughWorkflow() => ((CompiledRuleSet)_compiled).Evaluate(_values, throughWorkflow: true);

    /// <summary>Our API as an application uses it: <see cref="IGoalEvaluator"/> from dependency injection.</summary>
    [Benchmark(Description = "Nrf.Goals IGoalEvaluator.Evaluate")]
    public EvaluationResult GoalEvaluator() => _evaluator.Evaluate(_ruleSet.Id, _values);
}
