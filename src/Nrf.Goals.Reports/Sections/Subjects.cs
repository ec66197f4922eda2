using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// What a reference is called in a goal's reading: only what tells it apart from the goal's other numbers. A goal on one
/// indicator is named by its title already, so its numbers go by their breakdown alone ("kvinnor 41 %"), or by nothing
/// when they read one total; a goal on several names each indicator, unless the part's label says what it is.
/// </summary>
internal sealed class Subjects
{
    private readonly ReportReading _reading;
    private readonly int _indicators;
    private readonly Dictionary<string, HashSet<string?>> _keys = new(StringComparer.Ordinal);

    public Subjects(ReportReading reading, IEnumerable<CriterionPart> parts)
    {
        _reading = reading;
        foreach (var r in parts.SelectMany(p => ExprNodes.Walk(p.Expression)).OfType<IndicatorRef>())
        {
            if (!_keys.TryGetValue(r.Indicator, out var keys))
            {
                _keys[r.Indicator] = keys = [];
            }

            if (r.Type != ExprType.KeyedRef)
            {
                keys.Add(r.Key);
            }
        }

        _indicators = _keys.Count;
    }

    /// <summary>The name of <paramref name="r"/> in <paramref name="part"/>: <c>kvinnor</c>, <c>läkemedelskostnad per invånare, Norrbotten</c>, or empty.</summary>
    public string Of(IndicatorRef r, CriterionPart part)
    {
        var indicator = _reading.RuleSet.FindIndicator(r.Indicator);
        var title = _indicators > 1 && part.Label is null ? ReaderNames.Inside(indicator?.Title ?? r.Indicator) : null;
        var key = r.Key is { } k && ShowsKey(r.Indicator, k, part) ? _reading.Names.Key(indicator?.Dimension, k, _reading.Language) : null;
        return (title, key) switch
        {
            (null, null) => string.Empty,
            ({ } t, null) => t,
            (null, { } kk) => kk,
            _ => $"{title}, {key}",
        };
    }

    private bool ShowsKey(string indicator, string key, CriterionPart part)
    {
        var keys = _keys[indicator];
        var distinct = keys.Count > 1 || (key != "T" && keys.Count == 1);
        if (!distinct)
        {
            return false;
        }

        // A labelled part that reads one key of the indicator is named by its label ("Hälsocentraler: 3,5 %").
        var inPart = ExprNodes.Walk(part.Expression).OfType<IndicatorRef>().Where(x => x.Indicator == indicator && x.Key is not null).Select(x => x.Key).Distinct().Count();
        return part.Label is null || inPart > 1;
    }
}
