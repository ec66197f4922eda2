using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Loading;

/// <summary>
/// Looks up the indicators values name in the rule set, warning the first time one is named that the rule set does not
/// declare (its values are ignored; "did you mean") or that no goal uses (its values are checked but not used).
/// </summary>
internal sealed class IndicatorLookup(RuleSet? ruleSet, DiagnosticBag bag)
{
    // Which indicators the goals read is a walk of every criterion: done once per rule set, not per values document,
    // since a live session checks each SetValue with a new builder and a comparison builds one document per kommun.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, HashSet<string>> UsedByRuleSet = [];
    private static readonly HashSet<string> NoneUsed = [];
    private readonly HashSet<string> _used = ruleSet is null
        ? NoneUsed
        : UsedByRuleSet.GetValue(ruleSet, r => new HashSet<string>(GoalReferences.Indicators(r.Goals, r.Policy), StringComparer.Ordinal));
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);

    /// <summary>False for an indicator the rule set does not declare; otherwise true, with its declaration (null without a rule set).</summary>
    public bool TryFind(string id, SourceLocation at, out Indicator? indicator)
    {
        indicator = ruleSet?.FindIndicator(id);
        var first = _named.Add(id);
        if (ruleSet is not null && indicator is null)
        {
            if (first)
            {
                bag.Warning(at, ValueChecks.Undeclared(id, ruleSet), DiagnosticCodes.UnknownIndicator);
            }

            return false;
        }

        if (indicator is not null && first && !_used.Contains(id))
        {
            bag.Warning(at, $"no goal of the rule set '{ruleSet!.Id}' uses '{id}'; its values are checked but not used");
        }

        return true;
    }
}
