using System.Collections.Immutable;

namespace Nrf.Goals.Values;

/// <summary>Everything a values document reports for one indicator.</summary>
/// <param name="Years">Numbers per year.</param>
/// <param name="Flags">Yes/no facts per year.</param>
/// <param name="Keyed">Numbers per year and breakdown key (K/M/T, member region, …).</param>
/// <param name="Series">Dated observations, in date order.</param>
/// <param name="Assessment">A manual assessment, for qualitative goals.</param>
public sealed record IndicatorData(
    ImmutableSortedDictionary<int, decimal> Years,
    ImmutableSortedDictionary<int, bool> Flags,
    ImmutableSortedDictionary<int, ImmutableSortedDictionary<string, decimal>> Keyed,
    ImmutableArray<DatedValue> Series,
    ManualAssessment? Assessment)
{
    /// <summary>An activity's reported state, for an indicator of type activity.</summary>
    public ActivityReport? Activity { get; init; }

    /// <summary>Comments written beside single values (see <see cref="ValueComment"/>); empty when there are none.</summary>
    public ImmutableArray<ValueComment> Comments { get; init; } = ImmutableArray<ValueComment>.Empty;

    /// <summary>
    /// Values the document says are missing, each with its reason (<c>{missing: saknas i Kolada}</c>); empty when it says
    /// none is. A value given for the same year and key is never also missing: loading refuses the second statement.
    /// </summary>
    public ImmutableArray<MissingValue> MissingValues { get; init; } = ImmutableArray<MissingValue>.Empty;

    /// <summary>Why the document says the value of <paramref name="year"/> and <paramref name="key"/> is missing, or null when it does not say so.</summary>
    public string? WhyMissing(int year, string? key)
    {
        foreach (var missing in MissingValues.IsDefault ? ImmutableArray<MissingValue>.Empty : MissingValues)
        {
            if (missing.Year == year && missing.Key == key)
            {
                return missing.Reason;
            }
        }

        return null;
    }

    /// <summary>The comment on the value of <paramref name="year"/>, <paramref name="key"/> or <paramref name="date"/>, or null.</summary>
    public string? CommentOn(int? year, string? key, DateOnly? date)
    {
        foreach (var comment in Comments.IsDefault ? ImmutableArray<ValueComment>.Empty : Comments)
        {
            if (comment.Date == date && (date is not null || (comment.Year == year && comment.Key == key)))
            {
                return comment.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The observations of a dated series in <paramref name="year"/>, up to an interim report's cut-off date
    /// <paramref name="asOf"/>, in date order: what <c>min</c>, <c>max</c>, <c>latest</c> and <c>same_period_last_year</c> choose from.
    /// </summary>
    public IReadOnlyList<DatedValue> ObservationsIn(int year, DateOnly? asOf)
    {
        var observations = new List<DatedValue>();
        foreach (var o in Series.IsDefault ? ImmutableArray<DatedValue>.Empty : Series)
        {
            if (o.Date.Year == year && (asOf is null || o.Date <= asOf))
            {
                observations.Add(o);
            }
        }

        return observations;
    }

    /// <summary>No values.</summary>
    public static IndicatorData Empty { get; } = new(
        ImmutableSortedDictionary<int, decimal>.Empty,
        ImmutableSortedDictionary<int, bool>.Empty,
        ImmutableSortedDictionary<int, ImmutableSortedDictionary<string, decimal>>.Empty,
        ImmutableArray<DatedValue>.Empty,
        null);

    /// <summary>One number for one year.</summary>
    public static IndicatorData Number(int year, decimal value) => Empty with { Years = Empty.Years.Add(year, value) };

    /// <summary>One yes/no fact for one year.</summary>
    public static IndicatorData Flag(int year, bool value) => Empty with { Flags = Empty.Flags.Add(year, value) };
}
