using System.Collections.Immutable;

namespace Nrf.Goals.Model;

/// <summary>
/// The ingångsvärde (baseline) a plan states for an indicator: a value, or a value per breakdown key
/// (e.g. K and M), and the year it was measured.
/// </summary>
/// <param name="Year">The year the baseline was measured, when the plan says.</param>
/// <param name="Value">The baseline value, when it is one number.</param>
/// <param name="ByKey">The baseline per breakdown key, when it is split (e.g. K 40, M 40).</param>
/// <param name="Note">The plan's own wording, when it says more than the number (e.g. "T1 2019").</param>
public sealed record Baseline(int? Year, decimal? Value, ImmutableSortedDictionary<string, decimal> ByKey, string? Note)
{
    /// <summary>
    /// The tertial the baseline was measured in, as the report period that closes it (T1 → DÅ 04, T2 → DÅ 08, T3 → ÅR),
    /// when the plan gives a one-tertial baseline ("1 232 (T1 2019)"); it is compared only with a value of the same tertial.
    /// </summary>
    public ReportPeriod? Tertial { get; init; }
}
