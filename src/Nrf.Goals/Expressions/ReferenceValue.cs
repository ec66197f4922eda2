using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions;

/// <summary>
/// A value read for a reference: the number or fact, where it came from (for the result's values used), or why it is
/// missing. The <see cref="ValueUsed"/> record is made only when someone keeps it (<see cref="Used"/>), so a
/// statuses-only evaluation does not allocate one per read.
/// </summary>
/// <param name="Number">The number read, for a numeric indicator.</param>
/// <param name="Flag">The fact read, for a yes/no indicator.</param>
/// <param name="Missing">Why nothing was read (Swedish, as results carry it); null when something was.</param>
/// <param name="Indicator">The indicator read.</param>
/// <param name="Year">The year read.</param>
/// <param name="Key">The breakdown key read.</param>
/// <param name="Date">The date of a dated observation.</param>
/// <param name="Source">Where the value came from: <see cref="FromValues"/>, <see cref="FromDefault"/> or <see cref="FromBaseline"/>; null when missing.</param>
/// <param name="Comment">The comment written beside the value in the values file, or null.</param>
public readonly record struct ReferenceValue(
    decimal? Number, bool? Flag, string? Missing, string? Indicator = null, int? Year = null, string? Key = null, DateOnly? Date = null, string? Source = null, string? Comment = null)
{
    /// <summary>The source of a value the values document reports.</summary>
    public const string FromValues = "values";

    /// <summary>The source of the rule file's default standing in for a missing value.</summary>
    public const string FromDefault = "default";

    /// <summary>The source of the rule file's baseline (ingångsvärde).</summary>
    public const string FromBaseline = "baseline";

    /// <summary>The value as a result lists it among the values used; null when nothing was read.</summary>
    public ValueUsed? Used => Source is null ? null : new ValueUsed(Indicator!, Year, Key, Date, Number, Flag, Source) { Comment = Comment };

    /// <summary>Nothing read, because of <paramref name="reason"/>.</summary>
    public static ReferenceValue Absent(string reason) => new(null, null, reason);

    /// <summary>An observation of a dated series that a function chose.</summary>
    public static ReferenceValue Observed(string indicator, DatedValue observation, string? comment) =>
        new(observation.Value, null, null, indicator, null, null, observation.Date, FromValues, comment);
}
