using BenchmarkDotNet.Attributes;
using Nrf.Goals.Benchmarks.FluentPeer;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 1. Warm evaluation of the NRF rule set for the annual example, side by side in one run: our engine in both rule
/// shapes (the report shape <c>Evaluate</c> runs in its pooled session, and the shape of goal inputs and outcome facts
/// in a new session per call, as an application's own session runs it), full results and statuses only; the same 13
/// goals and verdict hand-written as NRules Fluent rules (the peer) and as C# lambdas (the limit, the baseline of the ratios).
/// </summary>
[MemoryDiagnoser]
public class WarmEvaluationBenchmarks
{
    private ValuesDocument _values = null!;
    private ICompiledRuleSet _compiled = null!;
    private Rules.Runtime.NRulesRuleSet _nrules = null!;
    private NrfFluentPeer _peer = null!;

    /// <summary>Loads and compiles everything once and checks that every contender answers the same; each benchmark then evaluates warm.</summary>
    [GlobalSetup]
    public void Setup()
    {
        RuleSet ruleSet = RuleSetLoader.Load(RepositoryFiles.NrfRules);
        _values = ValuesLoader.Load(RepositoryFiles.NrfValues, ruleSet);
        _compiled = Engine.Compiler().Compile(ruleSet);
        _nrules = (Rules.Runtime.NRulesRuleSet)_compiled;
        _peer = new NrfFluentPeer();
        PeerSelfCheck.Run(_compiled, _peer, _values);
    }

    /// <summary>The limit: 13 hand-written lambdas and the policy (met or not, no missing-value handling).</summary>
    [Benchmark(Baseline = true, Description = "hand-written lambdas (limit)")]
    public bool HandWrittenLambdas() => NrfHandWritten.Evaluate(_values);

    /// <summary>
    /// The peer: the same 13 goals and the three-valued verdict as NRules Fluent rules; per call the figures read from
    /// the document into one fact, a session created, the figures and a result sink inserted, <c>Fire()</c>, the sink read.
    /// </summary>
    [Benchmark(Description = "NRules Fluent rules (peer)")]
    public PeerResult FluentPeer() => _peer.Evaluate(_values);

    /// <summary>
    /// Our engine answering what the peer answers — statuses and the verdict (plus reasons and group roll-ups) — without
    /// writing explanations: <c>Evaluate(values, EvaluationDetail.StatusesOnly)</c>.
    /// </summary>
    [Benchmark(Description = "Nrf.Goals Evaluate, StatusesOnly")]
    public EvaluationResult CompiledRuleSetStatusesOnly() => _compiled.Evaluate(_values, EvaluationDetail.StatusesOnly);

    /// <summary>Our engine with full results: statuses, explanations, part details, values used and the verdict.</summary>
    [Benchmark(Description = "Nrf.Goals Evaluate, full results")]
    public EvaluationResult CompiledRuleSetEvaluate() => _compiled.Evaluate(_values);

    /// <summary>The other shape, statuses only: a new session of <c>NRulesRuleSet.Rules</c>, the report's facts inserted (one input per goal), fired with outcome facts.</summary>
    [Benchmark(Description = "Nrf.Goals goal-input shape, StatusesOnly")]
    public EvaluationResult InputShapeStatusesOnly() => _nrules.EvaluateWithInputs(_values, EvaluationDetail.StatusesOnly);

    /// <summary>The other shape, full results.</summary>
    [Benchmark(Description = "Nrf.Goals goal-input shape, full results")]
    public EvaluationResult InputShapeEvaluate() => _nrules.EvaluateWithInputs(_values);
}
