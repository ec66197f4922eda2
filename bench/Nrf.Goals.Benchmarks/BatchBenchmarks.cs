using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 3. A batch: 290 entities (Sweden's municipalities) × 20 years × a generated 50-goal rule set, on one thread and on
/// every core. <c>OperationsPerInvoke</c> is the number of goal evaluations, so Mean is the time of one goal evaluation
/// (goal evaluations per second = 1 s / Mean) and Allocated is per goal evaluation.
/// </summary>
/// <remarks>
/// Runs twice: with the project's workstation GC (the default job) and with server GC (one heap per core, the usual
/// choice for a batch service; set <c>&lt;ServerGarbageCollection&gt;true&lt;/ServerGarbageCollection&gt;</c> in the application).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ServerGcConfig))]
public class BatchBenchmarks
{
    /// <summary>Entities in the batch.</summary>
    public const int Entities = 290;

    /// <summary>Goals in the rule set.</summary>
    public const int GoalCount = 50;

    private const int GoalEvaluations = Entities * GeneratedRuleSets.Years * GoalCount;

    private ICompiledRuleSet _compiled = null!;
    private IReadOnlyList<ValuesDocument> _documents = null!;

    /// <summary>Compiles the rule set and builds the 5 800 documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compiled = new RulesEngineCompiler().Compile(RuleSetLoader.Parse(GeneratedRuleSets.Yaml(GoalCount), "generated.yaml"));
        _documents = GeneratedRuleSets.Documents(GoalCount, Entities);
    }

    /// <summary>Every document on the calling thread: <c>EvaluateMany(documents, 1)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany, one thread")]
    public int SingleThread() => _compiled.EvaluateMany(_documents, maxDegreeOfParallelism: 1).Sum(Met);

    /// <summary>Every document, spread over all cores: <c>EvaluateMany(documents)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany, all cores")]
    public int AllCores() => _compiled.EvaluateMany(_documents).Sum(Met);

    /// <summary>Every document on the calling thread, each result counted and dropped: <c>EvaluateMany(documents, onResult, 1)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany with a callback (results not kept), one thread")]
    public int SingleThreadStreaming()
    {
        var met = 0;
        _compiled.EvaluateMany(_documents, (_, result) => met += Met(result), maxDegreeOfParallelism: 1);
        return met;
    }

    /// <summary>Every document, spread over all cores, each result counted and dropped: <c>EvaluateMany(documents, onResult)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany with a callback (results not kept), all cores")]
    public int AllCoresStreaming()
    {
        var met = 0;
        _compiled.EvaluateMany(_documents, (_, result) => Interlocked.Add(ref met, Met(result)));
        return met;
    }

    /// <summary>Statuses only, results kept, one thread: <c>EvaluateMany(documents, 1, EvaluationDetail.StatusesOnly)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany StatusesOnly, one thread")]
    public int StatusesOnlySingleThread() => _compiled.EvaluateMany(_documents, maxDegreeOfParallelism: 1, EvaluationDetail.StatusesOnly).Sum(Met);

    /// <summary>Statuses only, results kept, all cores: <c>EvaluateMany(documents, detail: EvaluationDetail.StatusesOnly)</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany StatusesOnly, all cores")]
    public int StatusesOnlyAllCores() => _compiled.EvaluateMany(_documents, detail: EvaluationDetail.StatusesOnly).Sum(Met);

    /// <summary>Before the fast path, one thread: each evaluation executes the rules through <c>ExecuteAllRulesAsync</c>; results kept, as EvaluateMany keeps them.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "through ExecuteAllRulesAsync, one thread (before)")]
    public int SingleThreadThroughWorkflow()
    {
        var results = new EvaluationResult[_documents.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ((CompiledRuleSet)_compiled).Evaluate(_documents[i], throughWorkflow: true);
        }

        return results.Sum(Met);
    }

    /// <summary>Before the fast path, all cores: <c>Parallel.For</c> over evaluations through <c>ExecuteAllRulesAsync</c>.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "through ExecuteAllRulesAsync, all cores (before)")]
    public int AllCoresThroughWorkflow()
    {
        var results = new EvaluationResult[_documents.Count];
        Parallel.For(0, _documents.Count, i => results[i] = ((CompiledRuleSet)_compiled).Evaluate(_documents[i], throughWorkflow: true));
        return results.Sum(Met);
    }

    /// <summary>Adds a short job with server GC next to the default job.</summary>
    public sealed class ServerGcConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        /// <summary>The extra job.</summary>
        public ServerGcConfig() => AddJob(Job.ShortRun.WithGcServer(true).WithGcConcurrent(false).WithId("short-server-gc"));
    }

    private static int Met(EvaluationResult result) => result.Goals.Count(g => g.Status == GoalStatus.Met);
}
