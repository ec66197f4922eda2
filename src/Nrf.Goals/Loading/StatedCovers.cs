using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Loading;

/// <summary>
/// What the values of each indicator are said to cover (<c>covers: {besok: tertial}</c>, a table's covers column), kept
/// for the document: a statement for an indicator the rule set does not declare is refused, and so is one that says
/// another period than the indicator's first statement.
/// </summary>
internal sealed class StatedCovers(RuleSet? ruleSet, DiagnosticBag bag)
{
    private readonly Dictionary<string, (ValuePeriod Period, SourceLocation At)> _covers = new(StringComparer.Ordinal);

    /// <summary>Each indicator's period, by id.</summary>
    public ImmutableSortedDictionary<string, ValuePeriod> Periods => _covers.ToImmutableSortedDictionary(c => c.Key, c => c.Value.Period, StringComparer.Ordinal);

    /// <summary>Where each indicator's period was first stated.</summary>
    public ImmutableDictionary<string, SourceLocation> Locations => _covers.ToImmutableDictionary(c => c.Key, c => c.Value.At, StringComparer.Ordinal);

    /// <summary>Keeps the statement; false after reporting why it is refused.</summary>
    public bool State(string indicator, ValuePeriod period, SourceLocation at, string? place)
    {
        if (!CheckIndicator(indicator, at))
        {
            return false;
        }

        if (_covers.TryGetValue(indicator, out var first) && first.Period != period)
        {
            bag.Error(at, $"'{indicator}' is said to cover {ValuePeriodNames.Name(period)} here{(place is null ? string.Empty : $" ({place})")} but {ValuePeriodNames.Name(first.Period)} on line {first.At.Line}; one indicator's values cover one kind of period");
            return false;
        }

        _covers.TryAdd(indicator, (period, at));
        return true;
    }

    /// <summary>False after reporting that <paramref name="id"/>, named in a statement of what values cover, is no indicator of the rule set.</summary>
    public bool CheckIndicator(string id, SourceLocation at)
    {
        if (ruleSet is null || ruleSet.FindIndicator(id) is not null)
        {
            return true;
        }

        bag.Error(at, $"covers names '{id}', which is not an indicator of the rule set '{ruleSet.Id}'{Suggestions.DidYouMean(id, ruleSet.Indicators.Select(i => i.Id))}");
        return false;
    }
}
