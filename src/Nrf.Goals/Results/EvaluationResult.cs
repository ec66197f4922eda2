using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Results;

/// <summary>The evaluation of one rule set against one values document: every goal and the verdict.</summary>
public sealed record EvaluationResult
{
    /// <summary>The rule set's id.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Whose values.</summary>
    public required string Entity { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>Annual or interim report.</summary>
    public required ReportKind Report { get; init; }

    /// <summary>The report period, when known.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>The god-ekonomisk-hushållning verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Every goal's result, in rule-file order.</summary>
    public ImmutableArray<GoalResult> Goals { get; init; } = ImmutableArray<GoalResult>.Empty;

    /// <summary>Warnings from loading the values.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = ImmutableArray<Diagnostic>.Empty;

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
