using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// "goal evals/s": 1 s divided by the median time per operation, for benchmarks whose operation is one goal evaluation
/// (<see cref="BatchBenchmarks"/>, where <c>OperationsPerInvoke</c> is the number of goal evaluations of the batch).
/// </summary>
public sealed class GoalEvaluationsPerSecondColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(GoalEvaluationsPerSecondColumn);

    /// <inheritdoc />
    public string ColumnName => "goal evals/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Goal evaluations per second on all the threads the benchmark uses: 1 s / Median (time per goal evaluation)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null || statistics.Median <= 0
            ? "-"
            : (1e9 / statistics.Median / 1e6).ToString("N2", CultureInfo.InvariantCulture) + " M";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
