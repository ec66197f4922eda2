namespace Nrf.Goals.Results;

/// <summary>The result of one part of a goal's criterion.</summary>
/// <param name="Label">The part's label, if the rule file gives one.</param>
/// <param name="Criterion">The part's expression as written.</param>
/// <param name="Status">Met, not met or not evaluable.</param>
/// <param name="Detail">The expression with its values, e.g. <c>bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 &lt; 0,90</c>.</param>
public sealed record PartResult(string? Label, string Criterion, GoalStatus Status, string Detail)
{
    /// <summary>
    /// The numbers of the part's deciding comparison (the first one that failed, else the last one), when the part
    /// compares two numbers that were both known; null for yes/no parts, <c>increased(x)</c> and missing values.
    /// </summary>
    public PartComparison? Comparison { get; init; }

    /// <summary>
    /// Every comparison that failed when more than one did (<c>a &gt;= 0 and b &gt;= 0</c> with both short), each with its
    /// <see cref="PartComparison.Subject"/>, so the what-if gives each its distance; empty otherwise.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<PartComparison> Failing { get; init; } = System.Collections.Immutable.ImmutableArray<PartComparison>.Empty;

    /// <summary>
    /// Every comparison of the part whose two sides were known, in the order written, each with its
    /// <see cref="PartComparison.Subject"/> and <see cref="PartComparison.Holds"/>: the numbers a report reads the part
    /// from ("Länssjukvård −45,2 mnkr, Närsjukvård −61,0 mnkr …"). Empty in a result read back from JSON, which does not carry it.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<PartComparison> Comparisons { get; init; } = System.Collections.Immutable.ImmutableArray<PartComparison>.Empty;
}
