namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Numbers the indicators a rule set's rules read: the report's fact keeps each one's reported values in the slot of
/// that number, so a compiled rule reads <c>e.Values[3]</c> instead of joining a fact or looking up a name.
/// </summary>
internal sealed class IndicatorSlots
{
    private readonly Dictionary<string, int> _slot = new(StringComparer.Ordinal);

    public IndicatorSlots(IReadOnlyList<string> indicators)
    {
        Indicators = indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            _slot[indicators[i]] = i;
        }
    }

    /// <summary>The indicators, in slot order: those the rules read.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>How many slots there are.</summary>
    public int Count => Indicators.Count;

    /// <summary>The slot of <paramref name="indicator"/>.</summary>
    public int Of(string indicator) => _slot[indicator];

    /// <summary>The slot of <paramref name="indicator"/>, or false when no rule reads it.</summary>
    public bool TryGet(string indicator, out int slot) => _slot.TryGetValue(indicator, out slot);
}
