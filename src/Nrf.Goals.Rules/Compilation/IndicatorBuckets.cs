namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Spreads a rule set's indicators over about √n buckets, each indicator fact carrying its bucket. NRules tests a fact
/// against every sibling alpha condition in turn (and compares every new condition with its siblings when it builds
/// the network), so one level of n conditions <c>Indicator == "x"</c> costs n per fact and n² to build; two levels,
/// <c>Bucket == b</c> then <c>Indicator == "x"</c>, cost about 2√n each.
/// </summary>
internal sealed class IndicatorBuckets
{
    private readonly Dictionary<string, int> _bucket = new(StringComparer.Ordinal);

    public IndicatorBuckets(IReadOnlyList<string> indicators)
    {
        Indicators = indicators;
        Count = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(indicators.Count)));
        for (var i = 0; i < indicators.Count; i++)
        {
            _bucket[indicators[i]] = i % Count;
        }
    }

    /// <summary>The indicators spread, in the order given: those the rules read.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>How many buckets there are.</summary>
    public int Count { get; }

    /// <summary>The bucket of <paramref name="indicator"/>.</summary>
    public int Of(string indicator) => _bucket[indicator];
}
