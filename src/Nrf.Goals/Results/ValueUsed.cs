namespace Nrf.Goals.Results;

/// <summary>One reported value a goal's judgement used — the numbers behind the status.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Year">The year of the value (null for a dated observation or a baseline without year).</param>
/// <param name="Key">The breakdown key (K, M, a member region), if any.</param>
/// <param name="Date">The date of a dated observation.</param>
/// <param name="Number">The number, for numeric indicators.</param>
/// <param name="Flag">The fact, for yes/no indicators.</param>
/// <param name="Source">Where the value came from: <c>values</c>, <c>default</c> (the rule file's default) or <c>baseline</c>.</param>
public sealed record ValueUsed(string Indicator, int? Year, string? Key, DateOnly? Date, decimal? Number, bool? Flag, string Source)
{
    /// <summary>The comment written beside the value in the values file (a table's <c>kommentar</c> cell), or null.</summary>
    public string? Comment { get; init; }
}
