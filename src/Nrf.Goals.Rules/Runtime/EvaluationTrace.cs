using System.Collections.Immutable;
using System.Globalization;
using NRules;
using NRules.Diagnostics;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// Which rules fired in one evaluation, in order, with the facts and values each fired on: an audit trail of how the
/// goals and the verdict were reached. Pass one to <see cref="NRulesRuleSet.Evaluate(ValuesDocument, EvaluationTrace, Nrf.Goals.Evaluation.EvaluationDetail)"/>.
/// </summary>
public sealed class EvaluationTrace
{
    private readonly List<FiredRule> _fired = [];
    private EventHandler<AgendaEventArgs>? _handler;

    /// <summary>The rules that fired, in firing order.</summary>
    public IReadOnlyList<FiredRule> Fired => _fired;

    internal void Attach(ISession session)
    {
        _handler ??= (_, e) => _fired.Add(new FiredRule(e.Rule.Name, FactsOf(e)));
        session.Events.RuleFiredEvent += _handler;
    }

    internal void Detach(ISession session) => session.Events.RuleFiredEvent -= _handler;

    /// <summary>
    /// What a rule fired on, as an auditor reads it: each fact it matched; for a goal's rule that matched the report
    /// alone (the report shape), also each value it read from the report and the status it decided.
    /// </summary>
    internal static ImmutableArray<KeyValuePair<string, string>> FactsOf(AgendaEventArgs e)
    {
        var facts = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var fact in e.Facts)
        {
            facts.Add(new(fact.Declaration.Name, Describe(fact.Value)));
        }

        if (e.Facts.Count() == 1 && e.Facts.Single().Value is EvaluationFact report
            && e.Rule.Properties.TryGetProperty(Compilation.RuleProperties.Goal, out var property) && property.Value is string id
            && report.Compiled.Inputs.Goals.TryGetValue(id, out var goal))
        {
            var planGoal = report.Compiled.Plan.Goals[goal];
            if (report.CaseOf(goal) is var k and >= 0)
            {
                foreach (var indicator in report.Compiled.Plan.IndicatorsRead(planGoal.Cases[k].Parts.Concat(planGoal.Cases[k].TemplateParts)))
                {
                    facts.Add(new(indicator, Describe(report.Values[report.Compiled.Slots.Of(indicator)])));
                }
            }

            if (report.Goals[goal] is { } decided)
            {
                facts.Add(new("status", Describe(decided.Status)));
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>A fact or bound value as an auditor reads it.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "saknas",
        EvaluationFact e => $"{e.Entity} {e.Year.ToString(CultureInfo.InvariantCulture)}",
        IndicatorFact i => $"{i.Indicator} = {Describe(i.Data)}",
        GoalInput g => $"{g.Evaluation.Compiled.Plan.Goals[g.Goal].Goal.Id}: " + string.Join(", ", g.Evaluation.Compiled.Plan.IndicatorsRead(
            g.Evaluation.Compiled.Plan.Goals[g.Goal].Cases.SelectMany(c => c.Parts).Concat(g.Evaluation.Compiled.Plan.Goals[g.Goal].AllTemplateParts))
            .Select(id => $"{id} = {Describe(g.Evaluation.Values[g.Evaluation.Compiled.Slots.Of(id)])}")),
        IndicatorData d => Describe(d),
        GoalOutcome o => $"{o.GoalId}: {GoalStatusNames.Name(o.Status)}",
        CategoryOutcome c => $"{GoalCategoryNames.Name(c.Category)}: {c.Verdict.Met} of {c.Verdict.Total} met, {VerdictStatusNames.Name(c.Verdict.Status)}",
        IEnumerable<GoalOutcome> all => string.Join(", ", all.Select(o => $"{o.GoalId}: {GoalStatusNames.Name(o.Status)}")),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Describe(IndicatorData data)
    {
        var parts = new List<string>();
        parts.AddRange(data.Years.Select(y => $"{y.Key}: {y.Value.ToString(CultureInfo.InvariantCulture)}"));
        parts.AddRange(data.Flags.Select(y => $"{y.Key}: {(y.Value ? "true" : "false")}"));
        parts.AddRange(data.Keyed.Select(y => $"{y.Key}: {{{string.Join(", ", y.Value.Select(k => $"{k.Key}: {k.Value.ToString(CultureInfo.InvariantCulture)}"))}}}"));
        parts.AddRange(data.Series.Select(o => $"{o.Date:yyyy-MM-dd}: {o.Value.ToString(CultureInfo.InvariantCulture)}"));
        if (data.Assessment is { } a)
        {
            parts.Add($"assessment: {GoalStatusNames.Name(a.Status)}");
        }

        return parts.Count == 0 ? "inget rapporterat" : "{" + string.Join(", ", parts) + "}";
    }
}

/// <summary>One rule that fired, with what it matched.</summary>
/// <param name="Rule">The rule's name (a goal id, <c>verdict</c>, …).</param>
/// <param name="Facts">Each declaration of the rule (report, indicators, bound part outcomes, collected outcomes) and its value.</param>
public sealed record FiredRule(string Rule, ImmutableArray<KeyValuePair<string, string>> Facts);
