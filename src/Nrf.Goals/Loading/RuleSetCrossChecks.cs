using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Loading;

/// <summary>
/// The checks across sections of a rule set, made once every section is read: tertial baselines compared only in their
/// tertial, the term limit over all criteria, and warnings for indicators no goal uses and goals in no group.
/// </summary>
internal sealed class RuleSetCrossChecks(NodeReader r)
{
    private readonly NodeReader _r = r;

    /// <summary>
    /// A one-tertial baseline ("1 232 (T1 2019)") is compared only with the same tertial: every <c>baseline(x)</c> of
    /// such an indicator must sit in a case for the report that closes that tertial (byPeriod, or followedUpIn it alone).
    /// </summary>
    public void CheckTertialBaselines(ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators)
    {
        var tertialOf = indicators.Where(i => i.Baseline?.Tertial is not null).ToDictionary(i => i.Id, i => i.Baseline!.Tertial!.Value, StringComparer.Ordinal);
        if (tertialOf.Count == 0)
        {
            return;
        }

        foreach (var goal in goals)
        {
            var only = goal.FollowedUpIn is [var single] ? single : (ReportPeriod?)null;
            var cases = goal.Criterion is ScheduledCriterion s
                ? s.Cases.Select(c => (c.Period ?? only, c.Criterion))
                : [(only, goal.Criterion)];
            foreach (var (period, criterion) in cases)
            {
                foreach (var part in GoalReferences.Parts(criterion))
                {
                    var baselines = ExprNodes.Walk(part.Expression).OfType<CallExpr>()
                        .Where(c => c.Function == "baseline" && c.Arguments is [IndicatorRef])
                        .Select(c => ((IndicatorRef)c.Arguments[0]).Indicator);
                    foreach (var id in baselines.Distinct(StringComparer.Ordinal))
                    {
                        if (tertialOf.TryGetValue(id, out var tertial) && period != tertial)
                        {
                            _r.Bag.Error(part.Location, $"the baseline of '{id}' is for the tertial {ReportPeriodNames.Tertial(tertial)}, which only {ReportPeriodNames.Display(tertial)} reports; compare it in a byPeriod case for {ReportPeriodNames.Display(tertial)}{(period is { } p ? $", not in {ReportPeriodNames.Display(p)}" : string.Empty)}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Refuses a rule set whose criteria and explanations together exceed <see cref="InputLimits.MaxTermsPerRuleSet"/> terms, at the goal that crosses it.</summary>
    public void CheckTermsInAll(ImmutableArray<Goal> goals)
    {
        var terms = 0;
        foreach (var goal in goals)
        {
            var parts = GoalReferences.Parts(goal.Criterion).Concat(GoalReferences.TemplateParts(goal));
            terms += parts.Sum(p => ExprNodes.Walk(p.Expression).Count());
            if (terms > InputLimits.MaxTermsPerRuleSet)
            {
                var limit = InputLimits.MaxTermsPerRuleSet.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
                _r.Bag.Error(goal.Location, $"the rule set's criteria and explanations have more than {limit} terms in all by goal '{goal.Id}'; split it into several rule sets");
                return;
            }
        }
    }

    /// <summary>
    /// Refuses a rule set whose goals have more than <see cref="InputLimits.MaxCasesPerRuleSet"/> cases in all, at the goal
    /// that crosses it: each is a rule the engine compiles, so this bounds what evaluation pays for what loading admits.
    /// </summary>
    public void CheckCasesInAll(ImmutableArray<Goal> goals)
    {
        var cases = 0;
        foreach (var goal in goals)
        {
            cases += RulesOf(goal);
            if (cases > InputLimits.MaxCasesPerRuleSet)
            {
                var limit = InputLimits.MaxCasesPerRuleSet.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
                _r.Bag.Error(goal.Location, $"the rule set's goals have more than {limit} cases (targets per year and period) in all by goal '{goal.Id}'; each is a rule to compile, so split the rule set or its years");
                return;
            }
        }
    }

    /// <summary>The rules one goal compiles to: one per case, and one more that says why no case applies when one may not.</summary>
    private static int RulesOf(Goal goal)
    {
        var cases = Leaves(goal.Criterion);
        return cases + (goal.Criterion is ScheduledCriterion || !goal.FollowedUpIn.IsDefaultOrEmpty ? 1 : 0);

        static int Leaves(Criterion criterion) => criterion is ScheduledCriterion s ? s.Cases.Sum(c => Leaves(c.Criterion)) : 1;
    }

    /// <summary>Warns of each declared indicator that no goal or policy uses.</summary>
    public void WarnUnusedIndicators(ImmutableArray<Indicator> indicators, ImmutableArray<Goal> goals, VerdictPolicy? policy)
    {
        var used = new HashSet<string>(GoalReferences.Indicators(goals, policy), StringComparer.Ordinal);
        foreach (var indicator in indicators.Where(i => !used.Contains(i.Id)))
        {
            _r.Bag.Warning(indicator.Location, $"the indicator '{indicator.Id}' is declared but no goal uses it");
        }
    }

    /// <summary>Warns of each goal in no group, when the rule set has groups.</summary>
    public void WarnUngroupedGoals(ImmutableArray<GoalGroup> groups, ImmutableArray<Goal> goals)
    {
        if (groups.IsEmpty)
        {
            return;
        }

        foreach (var goal in goals.Where(g => g.Group is null))
        {
            _r.Bag.Warning(goal.Location, $"goal '{goal.Id}' names no group, so it is in no roll-up; add 'group:'");
        }
    }
}
