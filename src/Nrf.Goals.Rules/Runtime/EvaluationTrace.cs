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

    /// <summary>The rules that fired, in firing order.</summary>
    public IReadOnlyList<FiredRule> Fired => _fired;

    internal void Attach(ISession session) =>
        session.Events.RuleFiredEvent += (_, e) => _fired.Add(new FiredRule(
            e.Rule.Name,
            e.Facts.Select(f => new KeyValuePair<string, string>(f.Declaration.Name, Describe(f.Value))).ToImmutableArray()));

    /// <summary>A fact or bound value as an auditor reads it.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "saknas",
        EvaluationFact e => $"{e.Entity} {e.Year.ToString(CultureInfo.InvariantCulture)}",
        IndicatorFact i => $"{i.Indicator} = {Describe(i.Data)}",
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
