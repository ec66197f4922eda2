namespace Nrf.Goals.Tables;

/// <summary>One row of a values table: <c>indicator;year;breakdown;value;date;comment;assessedBy</c>, absent columns null.</summary>
internal sealed record ValueRow(
    int Line,
    ValueCell Indicator,
    ValueCell? Year,
    ValueCell? Breakdown,
    ValueCell? Value,
    ValueCell? Date,
    ValueCell? Comment,
    ValueCell? AssessedBy)
{
    /// <summary>What the value covers (the covers or avser column), when the table has that column.</summary>
    public ValueCell? Covers { get; init; }
}
