using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>The values of one indicator, collected statement by statement, and where the indicator was first named.</summary>
internal sealed class IndicatorEntry(SourceLocation at)
{
    public SourceLocation At { get; } = at;

    public SortedDictionary<int, decimal> Years { get; } = new();

    public SortedDictionary<int, bool> Flags { get; } = new();

    public SortedDictionary<int, SortedDictionary<string, decimal>> Keyed { get; } = new();

    public List<DatedValue> Series { get; } = new();

    public List<ValueComment> Comments { get; } = new();

    public List<MissingValue> Missing { get; } = new();

    public ManualAssessment? Assessment { get; set; }

    public ActivityReport? Activity { get; set; }

    /// <summary>The keys given for <paramref name="year"/>, an empty set at first.</summary>
    public SortedDictionary<string, decimal> KeysOf(int year)
    {
        if (!Keyed.TryGetValue(year, out var keys))
        {
            keys = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            Keyed[year] = keys;
        }

        return keys;
    }

    public IndicatorData ToData() => new(
        Years.ToImmutableSortedDictionary(),
        Flags.ToImmutableSortedDictionary(),
        Keyed.ToImmutableSortedDictionary(k => k.Key, k => k.Value.ToImmutableSortedDictionary(StringComparer.Ordinal)),
        Series.OrderBy(s => s.Date).ToImmutableArray(),
        Assessment) { Activity = Activity, Comments = [.. Comments], MissingValues = [.. Missing] };
}
