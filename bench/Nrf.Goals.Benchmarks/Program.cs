using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Nrf.Goals.Benchmarks -- --filter '*'</c> runs every benchmark with a short
/// job (1 launch, 3 warm-up and 3 measured iterations; the batch also with server GC: minutes on a busy 2-core
/// machine); <c>--quick</c> runs every benchmark (or those of <c>--filter</c>) with a shorter job and workstation GC only,
/// about 5–10 minutes on the 2-core machine; <c>--full</c> uses BenchmarkDotNet's default job (statistically sound, much
/// longer). Other modes, outside BenchmarkDotNet: <c>--check</c> runs the contenders' self-check and prints their answers;
/// <c>--batch-memory [--one-thread] [--stream | --statuses-only]</c> runs the batch once in this process and prints its
/// peak working set; <c>--compile N</c> times one cold load + compile of N goals; <c>--cpu-time</c> prints CPU time per
/// warm call; <c>--loop</c> evaluates warm for 15 s, for a profiler; <c>--kolada-compare [FOLDER]</c> times a comparison
/// of 290 kommuner × 3 years × 10 KPIs from the Kolada cache (<see cref="KoladaComparison"/>).
/// </summary>
public static class Program
{
    /// <summary>True in the quick mode: the batch runs with workstation GC only (see <see cref="BatchBenchmarks.BatchConfig"/>).</summary>
    public static bool Quick { get; private set; }

    /// <summary>Runs the benchmarks chosen by <paramref name="args"/> (BenchmarkDotNet's own options, e.g. <c>--filter</c>).</summary>
    public static int Main(string[] args)
    {
        if (Array.IndexOf(args, "--kolada-compare") is var kolada and >= 0)
        {
            return KoladaComparison.Run(kolada + 1 < args.Length && !args[kolada + 1].StartsWith("--", StringComparison.Ordinal) ? args[kolada + 1] : null);
        }

        if (args.Contains("--batch-memory"))
        {
            return BatchMemory(args.Contains("--one-thread"), args.Contains("--stream"), args.Contains("--statuses-only"));
        }

        if (args.Contains("--loop"))
        {
            // For a profiler: warm evaluations of the NRF example for 15 seconds (statuses only with --statuses-only).
            var warm = new WarmEvaluationBenchmarks();
            warm.Setup();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < 15)
            {
                _ = args.Contains("--statuses-only") ? warm.CompiledRuleSetStatusesOnly() : warm.CompiledRuleSetEvaluate();
            }

            return 0;
        }

        if (Array.IndexOf(args, "--compile") is var at and >= 0)
        {
            // One cold load + compile of a generated rule set, timed: a quick check outside BenchmarkDotNet.
            var goals = int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture);
            var yaml = GeneratedRuleSets.Yaml(goals);
            var watch = Stopwatch.StartNew();
            var compiled = Engine.Compiler().Compile(Nrf.Goals.Loading.RuleSetLoader.Parse(yaml, "generated.yaml"));
            Console.WriteLine($"load + compile of {compiled.RuleSet.Goals.Length} goals: {watch.Elapsed.TotalSeconds:N2} s (cold, one run)");
            return 0;
        }

        if (Array.IndexOf(args, "--compile-file") is var file and >= 0)
        {
            return CompileSteps.Run(args[file + 1], args[file + 2], args.Contains("--interpreted") ? Rules.Compilation.ExpressionCompilation.Interpreted
                : args.Contains("--compiled") ? Rules.Compilation.ExpressionCompilation.Compiled : Rules.Compilation.ExpressionCompilation.Auto);
        }

        if (args.Contains("--batch-cpu"))
        {
            return BatchCpuTime();
        }

        if (args.Contains("--cpu-time"))
        {
            return CpuTime();
        }

        if (args.Contains("--check"))
        {
            return Check();
        }

        var full = args.Contains("--full");
        Quick = !full && args.Contains("--quick");
        var job = full ? Job.Default.WithId("full")
            : Quick ? Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("quick")
            : Job.ShortRun.WithId("short");
        var switcherArgs = args.Where(a => a is not "--full" and not "--quick").ToList();
        if (Quick && !switcherArgs.Contains("--filter"))
        {
            switcherArgs.AddRange(["--filter", "*"]);
        }

        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddColumn(StatisticColumn.Median)
            .WithArtifactsPath(Path.Combine(RepositoryFiles.Root, "bench", "BenchmarkDotNet.Artifacts"))
            .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs.ToArray(), config);
        return 0;
    }

    /// <summary>The self-check of the warm benchmarks, then each contender's answers on the NRF example, side by side.</summary>
    private static int Check()
    {
        var ruleSet = Nrf.Goals.Loading.RuleSetLoader.Load(RepositoryFiles.NrfRules);
        var values = Nrf.Goals.Loading.ValuesLoader.Load(RepositoryFiles.NrfValues, ruleSet);
        var compiled = Engine.Compiler().Compile(ruleSet);
        var peer = new FluentPeer.NrfFluentPeer();
        PeerSelfCheck.Run(compiled, peer, values);
        var engine = compiled.Evaluate(values);
        var fromPeer = peer.Evaluate(values);
        var lambdas = NrfHandWritten.Goals(values);
        Console.WriteLine($"{"goal",-8} {"engine",-14} {"Fluent peer",-14} lambdas");
        for (var i = 0; i < engine.Goals.Length; i++)
        {
            var goal = engine.Goals[i];
            Console.WriteLine($"{goal.Id,-8} {goal.Status,-14} {fromPeer.Of(goal.Id),-14} {(lambdas[i] ? "Met" : "NotMet")}");
        }

        Console.WriteLine($"{"verdict",-8} {engine.Verdict.Status,-14} {fromPeer.Verdict,-14} {(NrfHandWritten.Evaluate(values) ? "Met" : "NotMet")}");
        Console.WriteLine("Self-check passed: the Fluent peer, the lambdas and the engine (full and statuses-only) agree on the example and its variants.");
        return 0;
    }

    /// <summary>
    /// A rough check while iterating on a loaded machine: the CPU time (not wall time) of each warm contender, median of
    /// 7 rounds of 20 000 calls. CPU time is less disturbed than wall time by other processes waiting for the cores.
    /// </summary>
    private static int CpuTime()
    {
        var warm = new WarmEvaluationBenchmarks();
        warm.Setup();
        var live50 = new LiveBenchmarks { Goals = 50 };
        live50.Setup();
        var live1000 = new LiveBenchmarks { Goals = 1000 };
        live1000.Setup();
        var contenders = new (string Name, Func<object> Run)[]
        {
            ("hand-written lambdas", () => warm.HandWrittenLambdas()),
            ("NRules Fluent rules (peer)", () => warm.FluentPeer()),
            ("Evaluate, StatusesOnly", () => warm.CompiledRuleSetStatusesOnly()),
            ("Evaluate, full results", () => warm.CompiledRuleSetEvaluate()),
            ("goal-input shape, StatusesOnly", () => warm.InputShapeStatusesOnly()),
            ("goal-input shape, full results", () => warm.InputShapeEvaluate()),
            ("live SetValue, 50 goals", () => live50.SetValue()),
            ("live SetValue, 1 000 goals", () => live1000.SetValue()),
        };
        var process = Process.GetCurrentProcess();
        foreach (var (name, run) in contenders)
        {
            var rounds = new List<double>();
            var gcs = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < 8; round++)
            {
                process.Refresh();
                var start = process.TotalProcessorTime;
                for (var i = 0; i < 20_000; i++)
                {
                    run();
                }

                process.Refresh();
                rounds.Add((process.TotalProcessorTime - start).TotalMicroseconds / 20_000);
            }

            rounds.RemoveAt(0);
            rounds.Sort();
            Console.WriteLine($"{name,-40} {rounds[rounds.Count / 2],10:N2} µs CPU per call (median of 7 rounds); " +
                $"{GC.CollectionCount(0) - gcs} gen0 collections, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms paused, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 160_000:N0} B allocated per call");
        }

        return 0;
    }

    /// <summary>
    /// The batch's CPU time per goal evaluation (median of 5 rounds after one warm-up), one thread and all cores, with
    /// the wall time beside it: on a machine that others load, CPU time says what a goal evaluation costs, and 1 s / CPU
    /// time per core is what each free core would give.
    /// </summary>
    private static int BatchCpuTime()
    {
        var batch = new BatchBenchmarks();
        batch.Setup();
        const double evaluations = BatchBenchmarks.Entities * GeneratedRuleSets.Years * BatchBenchmarks.GoalCount;
        var contenders = new (string Name, Func<int> Run)[]
        {
            ("statuses only, streamed, one thread", batch.StatusesOnlySingleThreadStreaming),
            ("statuses only, streamed, all cores", batch.StatusesOnlyAllCoresStreaming),
            ("full results, streamed, one thread", batch.SingleThreadStreaming),
            ("full results, streamed, all cores", batch.AllCoresStreaming),
            ("statuses only, kept, all cores", batch.StatusesOnlyAllCores),
            ("full results, kept, all cores", batch.AllCores),
        };
        var process = Process.GetCurrentProcess();
        foreach (var (name, run) in contenders)
        {
            var cpu = new List<double>();
            var wall = new List<double>();
            for (var round = 0; round < 6; round++)
            {
                process.Refresh();
                var start = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                run();
                watch.Stop();
                process.Refresh();
                if (round > 0)
                {
                    cpu.Add((process.TotalProcessorTime - start).TotalNanoseconds / evaluations);
                    wall.Add(watch.Elapsed.TotalNanoseconds / evaluations);
                }
            }

            cpu.Sort();
            wall.Sort();
            Console.WriteLine($"{name,-40} {cpu[2],8:N0} ns CPU per goal evaluation ({1e3 / cpu[2]:N2} M/s per core); wall {wall[2],8:N0} ns ({1e3 / wall[2]:N2} M/s)");
        }

        return 0;
    }

    private static int BatchMemory(bool oneThread, bool stream, bool statusesOnly)
    {
        var batch = new BatchBenchmarks();
        batch.Setup();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var inputs = GC.GetTotalMemory(forceFullCollection: true);
        var before = Process.GetCurrentProcess();
        before.Refresh();
        var setupPeak = before.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        var met = (oneThread, stream, statusesOnly) switch
        {
            (true, _, true) => batch.StatusesOnlySingleThread(),
            (false, _, true) => batch.StatusesOnlyAllCores(),
            (true, true, _) => batch.SingleThreadStreaming(),
            (true, false, _) => batch.SingleThread(),
            (false, true, _) => batch.AllCoresStreaming(),
            _ => batch.AllCores(),
        };
        watch.Stop();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        const double evaluations = BatchBenchmarks.Entities * GeneratedRuleSets.Years * BatchBenchmarks.GoalCount;
        Console.WriteLine($"batch ({(oneThread ? "one thread" : $"{Environment.ProcessorCount} cores")}, {(statusesOnly ? "statuses only, results kept" : stream ? "results not kept" : "results kept")}): {evaluations:N0} goal evaluations in {watch.Elapsed.TotalSeconds:N3} s " +
            $"= {evaluations / watch.Elapsed.TotalSeconds:N0}/s (cold, includes JIT); met {met}; " +
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB (after setup {setupPeak / 1048576.0:N0} MB, of which managed inputs {inputs / 1048576.0:N0} MB); " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MB");
        return 0;
    }
}
