using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Values;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Rules.Facts;

/// <summary>
/// The report being evaluated — one values document's header — as a fact in an NRules session. Every rule of a rule set
/// matches it first; each <see cref="IndicatorFact"/>, <see cref="GoalOutcome"/> and verdict fact points back to it, so one
/// session can hold several reports. After <c>Fire()</c>, <see cref="ToResult"/> gives the evaluation's result.
/// </summary>
public sealed class EvaluationFact
{
    private readonly int[] _cases;
    private readonly string?[] _reasons;

    internal EvaluationFact(NRulesRuleSet compiled, ValuesDocument values, EvaluationDetail detail, EvaluationRecord record)
    {
        Compiled = compiled;
        RuleSetId = compiled.RuleSet.Id;
        Entity = values.Entity;
        Year = values.Year;
        Report = values.Report;
        Period = values.EffectivePeriod;
        AsOf = values.AsOf;
        Warnings = values.Warnings;
        ReportAssumed = values.ReportAssumed;
        Explain = detail == EvaluationDetail.Full;
        Record = record;
        var goals = compiled.Plan.Goals;
        _cases = new int[goals.Length];
        _reasons = new string?[goals.Length];
        for (var g = 0; g < goals.Length; g++)
        {
            (_cases[g], _reasons[g]) = TargetSelection.Choose(goals[g], Year, Period);
        }

        Goals = new GoalResult?[goals.Length];
        Groups = new GroupResult?[compiled.RuleSet.Groups.IsDefault ? 0 : compiled.RuleSet.Groups.Length];
        var read = compiled.IndicatorsRead;
        var indicators = new IndicatorFact[read.Count];
        for (var i = 0; i < indicators.Length; i++)
        {
            // Every indicator the rules read is a fact, reported or not: a goal's rule always matches, and a value that
            // is missing makes its part "not evaluable" with the reason, never a rule that silently does not fire.
            indicators[i] = new IndicatorFact(this, read[i], compiled.Buckets.Of(read[i]), values.Find(read[i]) ?? IndicatorData.Empty);
        }

        Indicators = indicators;
    }

    /// <summary>True when the values did not say which report they are for and were read as the annual report.</summary>
    public bool ReportAssumed { get; }

    /// <summary>The id of the rule set evaluated.</summary>
    public string RuleSetId { get; }

    /// <summary>Whose values.</summary>
    public string Entity { get; }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>Annual or interim report.</summary>
    public ReportKind Report { get; }

    /// <summary>The report period, when known (given, or inferred from the report kind and cut-off date).</summary>
    public ReportPeriod? Period { get; }

    /// <summary>The interim report's cut-off date, if any.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The reported values of every indicator the rules read, one fact each; insert them with this fact.</summary>
    public IReadOnlyList<IndicatorFact> Indicators { get; }

    /// <summary>This fact and its indicator facts: what a session needs inserted to evaluate the report.</summary>
    public IEnumerable<object> Facts => Indicators.Prepend<object>(this);

    internal NRulesRuleSet Compiled { get; }

    internal EvaluationRecord Record { get; }

    internal bool Explain { get; }

    internal ImmutableArray<Diagnostic> Warnings { get; }

    internal GoalResult?[] Goals { get; }

    internal CategoryVerdict?[] Categories { get; } = new CategoryVerdict?[2];

    internal GroupResult?[] Groups { get; }

    internal Verdict? Verdict { get; set; }

    /// <summary>The case of goal <paramref name="goal"/> that applies to this report; -1 when none does.</summary>
    internal int CaseOf(int goal) => _cases[goal];

    /// <summary>Why no case of goal <paramref name="goal"/> applies.</summary>
    internal string ReasonOf(int goal) => _reasons[goal] ?? string.Empty;

    /// <summary>The result, once the session has fired the rules.</summary>
    /// <exception cref="InvalidOperationException">The rules have not all fired for this report (insert <see cref="Facts"/>, then call <c>Fire()</c>).</exception>
    public EvaluationResult ToResult()
    {
        var goals = ImmutableArray.CreateBuilder<GoalResult>(Goals.Length);
        foreach (var goal in Goals)
        {
            goals.Add(goal ?? throw NotFired());
        }

        var groups = ImmutableArray.CreateBuilder<GroupResult>(Groups.Length);
        foreach (var group in Groups)
        {
            groups.Add(group ?? throw NotFired());
        }

        return new EvaluationResult
        {
            RuleSet = RuleSetId,
            Entity = Entity,
            Year = Year,
            Report = Report,
            Period = Period,
            Verdict = Verdict ?? throw NotFired(),
            Goals = goals.MoveToImmutable(),
            Warnings = Warnings,
            Groups = groups.MoveToImmutable(),
            ReportAssumed = ReportAssumed,
        };
    }

    private InvalidOperationException NotFired() =>
        new($"The rules of '{RuleSetId}' have not all fired for {Entity} {Year}: insert the evaluation's facts into a session of its rules and call Fire() first.");
}
