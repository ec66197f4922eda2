using BenchmarkDotNet.Attributes;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 4. Two ways to run a batch in NRules, side by side on the same documents (one entity's 20 years, then 5 entities'
/// 100 documents) with the generated 50-goal set in the report shape, statuses only, one thread: the thread's pooled
/// session reloading its report fact per document (what <c>EvaluateMany</c> does) against all documents inserted into
/// one session with <c>InsertAll</c> and fired once.
/// <c>OperationsPerInvoke</c> is the number of goal evaluations.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BatchBenchmarks.BatchConfig))]
public class SessionShapeBenchmarks
{
    private NRulesRuleSet _compiled = null!;
    private IReadOnlyList<ValuesDocument> _documents = null!;

    /// <summary>Documents per batch: 20 (one entity) or 100 (five entities).</summary>
    [Params(20, 100)]
    public int Documents { get; set; }

    /// <summary>Compiles the rule set and builds the documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compiled = (NRulesRuleSet)Engine.Compiler().Compile(RuleSetLoader.Parse(GeneratedRuleSets.Yaml(BatchBenchmarks.GoalCount), "generated.yaml"));
        _documents = GeneratedRuleSets.Documents(BatchBenchmarks.GoalCount, Documents / GeneratedRuleSets.Years);
    }

    /// <summary>The pooled session, one document after another, on the calling thread.</summary>
    [Benchmark(Baseline = true, Description = "pooled session, fact reloaded per document")]
    public int SessionPerDocument() => Count(((ICompiledRuleSet)_compiled).EvaluateMany(_documents, maxDegreeOfParallelism: 1, EvaluationDetail.StatusesOnly));

    /// <summary>Every document in one session, inserted with <c>InsertAll</c> and fired once.</summary>
    [Benchmark(Description = "one session, InsertAll")]
    public int OneSession() => Count(_compiled.EvaluateInOneSession(_documents, EvaluationDetail.StatusesOnly));

    private static int Count(IReadOnlyList<EvaluationResult> results) => results.Sum(r => r.Goals.Count(g => g.Status == GoalStatus.Met));
}
