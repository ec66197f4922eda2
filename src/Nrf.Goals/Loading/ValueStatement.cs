using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Loading;

/// <summary>
/// One value a values source states, and where each part of it was written: what a <see cref="ValuesDocumentBuilder"/>
/// is fed. A YAML document's <c>rpo_count: {2023: 24}</c>, a table's row <c>rpo_count;2023;;24</c> and a web API's record
/// each become one statement; the value itself is given to the builder's <c>Add…</c> method of its kind.
/// </summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Kind">What the statement states.</param>
/// <param name="At">
/// Where the statement starts: a table's row, a list item, or for a source without positions its name at line 1
/// (<c>kolada:N03101:1:1</c>). Its line names the first of two statements of one value.
/// </param>
public sealed record ValueStatement(string Indicator, ValueKind Kind, SourceLocation At)
{
    /// <summary>Where the indicator is named, when not at <see cref="At"/> (a table's indicator cell, a document's key).</summary>
    public SourceLocation? IndicatorAt { get; init; }

    /// <summary>The year the value is for; null for the assessed year, which messages then do not name.</summary>
    public int? Year { get; init; }

    /// <summary>Where the year was written, when not with the value: a value for another year than the assessed one is blamed there.</summary>
    public SourceLocation? YearAt { get; init; }

    /// <summary>The breakdown key (K, M, T; a member region) of a <see cref="ValueKind.Keyed"/> statement, and only of one.</summary>
    public string? Key { get; init; }

    /// <summary>Where the key was written, when not at <see cref="At"/>: a key the indicator does not have is blamed there.</summary>
    public SourceLocation? KeyAt { get; init; }

    /// <summary>Words naming where the key is, e.g. <c>column breakdown</c>; messages add them in parentheses.</summary>
    public string? KeyPlace { get; init; }

    /// <summary>The date of an <see cref="ValueKind.Observation"/>, and only of one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where the value was written, when not at <see cref="At"/>: a wrong value, or the second of two, is blamed there.</summary>
    public SourceLocation? ValueAt { get; init; }

    /// <summary>Words naming where the value is, e.g. <c>column value</c> or <c>sheet Värden, cell D7</c>; messages add them in parentheses.</summary>
    public string? ValuePlace { get; init; }

    /// <summary>A comment written beside a number or yes/no value, carried to the goals that use it; an assessment's or activity's comment is its own.</summary>
    public string? Comment { get; init; }

    /// <summary>Where the comment (of the value, or of the assessment or activity) was written, when not at <see cref="At"/>: a comment that is too long is blamed there.</summary>
    public SourceLocation? CommentAt { get; init; }

    /// <summary>Words naming where the comment is, e.g. <c>column kommentar</c>; messages add them in parentheses.</summary>
    public string? CommentPlace { get; init; }

    /// <summary>
    /// The statement as messages name it: <c>'rpo_count' for 2023</c>, <c>'share' for 2023, K</c>, <c>'balance' on
    /// 2023-01-31</c>, <c>the assessment 'metodbank'</c> (no year when it is the assessed year's).
    /// </summary>
    public string Describe() => Kind switch
    {
        ValueKind.Observation when Date is { } d => $"'{Indicator}' on {d:yyyy-MM-dd}",
        ValueKind.Keyed when Key is not null => Year is { } y ? $"'{Indicator}' for {y}, {Key}" : $"'{Indicator}', {Key}",
        ValueKind.Assessment or ValueKind.Activity => $"the {(Kind == ValueKind.Activity ? "activity" : "assessment")} '{Indicator}'{(Year is { } ay ? $" for {ay}" : string.Empty)}",
        _ => Year is { } yy ? $"'{Indicator}' for {yy}" : $"'{Indicator}'",
    };
}
