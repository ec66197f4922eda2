using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 3. A batch: 290 entities (Sweden's municipalities) × 20 years × a generated 50-goal rule set, through the public
/// <c>EvaluateMany</c> of the engine chosen in <see cref="Engine"/>, on one thread and on every core (2 on the benchmark
/// machine). <c>OperationsPerInvoke</c> is the number of goal evaluations, so Mean is the time of one goal evaluation,
/// the column "goal evals/s" is 1 s / Median, and Allocated is per goal evaluation. Peak memory of the whole batch is
/// measured outside BenchmarkDotNet: <c>-- --batch-memory</c> (see <see cref="Program"/>).
/// </summary>
/// <remarks>
/// Runs twice: with the project's workstation GC (the default job) and with server GC (one heap per core, the usual
/// choice for a batch service; set <c>&lt;ServerGarbageCollection&gt;true&lt;/ServerGarbageCollection&gt;</c> in the application);
/// the quick mode (<c>--quick</c>) runs the workstation-GC job only.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(BatchConfig))]
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
        _compiled = Engine.Compiler().Compile(RuleSetLoader.Parse(GeneratedRuleSets.Yaml(GoalCount), "generated.yaml"));
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

    /// <summary>Statuses only, each result counted and dropped, one thread.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany StatusesOnly with a callback (results not kept), one thread")]
    public int StatusesOnlySingleThreadStreaming()
    {
        var met = 0;
        _compiled.EvaluateMany(_documents, (_, result) => met += Met(result), maxDegreeOfParallelism: 1, EvaluationDetail.StatusesOnly);
        return met;
    }

    /// <summary>Statuses only, each result counted and dropped, all cores.</summary>
    [Benchmark(OperationsPerInvoke = GoalEvaluations, Description = "EvaluateMany StatusesOnly with a callback (results not kept), all cores")]
    public int StatusesOnlyAllCoresStreaming()
    {
        var met = 0;
        _compiled.EvaluateMany(_documents, (_, result) => Interlocked.Add(ref met, Met(result)), detail: EvaluationDetail.StatusesOnly);
        return met;
    }

    /// <summary>Adds a short job with server GC next to the default job (not in the quick mode), and the goal-evaluations-per-second column.</summary>
    public sealed class BatchConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        /// <summary>The extra job and column.</summary>
        public BatchConfig()
        {
            if (!Program.Quick)
            {
                AddJob(Job.ShortRun.WithGcServer(true).WithGcConcurrent(false).WithId("short-server-gc"));
            }

            AddColumn(new GoalEvaluationsPerSecondColumn());
        }
    }

    private static int Met(EvaluationResult result) => result.Goals.Count(g => g.Status == GoalStatus.Met);
}
