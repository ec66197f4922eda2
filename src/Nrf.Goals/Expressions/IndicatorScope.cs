using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Expressions;

/// <summary>What an expression may name: the declared indicators of a rule set.</summary>
internal sealed class IndicatorScope
{
    private readonly Dictionary<string, Indicator> _indicators;

    public IndicatorScope(IEnumerable<Indicator> indicators) =>
        _indicators = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Indicator? Find(string id) => _indicators.GetValueOrDefault(id);

    public string? Suggest(string id) => Suggestions.Closest(id, _indicators.Keys);
}
