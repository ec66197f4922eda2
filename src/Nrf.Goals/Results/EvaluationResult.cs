using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Results;

/// <summary>The evaluation of one rule set against one values document: every goal and the verdict.</summary>
/// <param name="RuleSet">The rule set's id.</param>
/// <param name="Entity">Whose values.</param>
/// <param name="Year">The year assessed.</param>
/// <param name="Report">Annual or interim report.</param>
/// <param name="Period">The report period, when known.</param>
/// <param name="Verdict">The god-ekonomisk-hushållning verdict.</param>
/// <param name="Goals">Every goal's result, in rule-file order.</param>
/// <param name="Warnings">Warnings from loading the values.</param>
public sealed record EvaluationResult(
    string RuleSet,
    string Entity,
    int Year,
    ReportKind Report,
    ReportPeriod? Period,
    Verdict Verdict,
    ImmutableArray<GoalResult> Goals,
    ImmutableArray<Diagnostic> Warnings)
{
    /// <summary>True when the values did not say which report they are for and were read as the annual report (see <see cref="ValuesDocument.ReportAssumed"/>).</summary>
    public bool ReportAssumed { get; init; }

    /// <summary>The result of goal <paramref name="id"/>, or null.</summary>
    public GoalResult? Goal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>
    /// The roll-up of goal statuses per group of the plan's hierarchy, in the rule set's order (parents before children);
    /// empty when the rule set declares no groups.
    /// </summary>
    public ImmutableArray<GroupResult> Groups { get; init; } = ImmutableArray<GroupResult>.Empty;

    /// <summary>The roll-up of group <paramref name="id"/>, or null.</summary>
    public GroupResult? Group(string id) => Groups.FirstOrDefault(g => g.Id == id);
}
