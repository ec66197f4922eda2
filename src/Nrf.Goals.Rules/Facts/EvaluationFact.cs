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
/// The report being evaluated — one values document's header and its values — as a fact in an NRules session. Every
/// rule of a rule set reaches it; each goal's input, <see cref="IndicatorFact"/>, <see cref="GoalOutcome"/> and verdict
/// fact points back to it, so one session can hold several reports. After <c>Fire()</c>, <see cref="ToResult"/> gives
/// the evaluation's result.
/// </summary>
/// <remarks>
/// The reported values sit in slots, one per indicator the rules read (<see cref="Values"/>). Our own evaluations
/// (<see cref="NRulesRuleSet.Evaluate(ValuesDocument)"/>) insert this fact alone: every rule matches it and reads the
/// slots. A session of an application's own rules inserts <see cref="Facts"/>: this fact, one input fact per goal
/// (which the goal's rule matches, so a change re-fires only the goals that read it) and one
/// <see cref="IndicatorFact"/> per indicator.
/// </remarks>
public sealed class EvaluationFact
{
    private int[] _cases = [];
    private string?[] _reasons = [];
    private IReadOnlyList<IndicatorFact>? _indicators;
    private GoalInput[]? _inputs;

    internal EvaluationFact(NRulesRuleSet compiled, ValuesDocument values, EvaluationDetail detail, EvaluationRecord record)
    {
        Compiled = compiled;
        RuleSetId = compiled.RuleSet.Id;
        Values = new IndicatorData[compiled.Slots.Count];
        Goals = new GoalResult?[compiled.Plan.Goals.Length];
        Groups = new GroupResult?[compiled.RuleSet.Groups.IsDefault ? 0 : compiled.RuleSet.Groups.Length];
        Load(values, detail, record);
    }

    /// <summary>True when the values did not say which report they are for and were read as the annual report.</summary>
    public bool ReportAssumed { get; private set; }

    /// <summary>The id of the rule set evaluated.</summary>
    public string RuleSetId { get; }

    /// <summary>Whose values.</summary>
    public string Entity { get; private set; } = string.Empty;

    /// <summary>The year assessed.</summary>
    public int Year { get; private set; }

    /// <summary>Annual or interim report.</summary>
    public ReportKind Report { get; private set; }

    /// <summary>The report period, when known (given, or inferred from the report kind and cut-off date).</summary>
    public ReportPeriod? Period { get; private set; }

    /// <summary>The interim report's cut-off date, if any.</summary>
    public DateOnly? AsOf { get; private set; }

    /// <summary>The reported values of every indicator the rules read, one fact each; insert them with this fact.</summary>
    public IReadOnlyList<IndicatorFact> Indicators => _indicators ??= Compiled.Slots.Indicators.Select((id, slot) => new IndicatorFact(this, id, slot)).ToArray();

    /// <summary>This fact, an input fact per goal and the indicator facts: what a session of <see cref="NRulesRuleSet.Rules"/> needs inserted to evaluate the report.</summary>
    public IEnumerable<object> Facts => Inputs.Prepend<object>(this).Concat(Indicators);

    /// <summary>One input fact per goal, in rule-file order: what the goal rules of <see cref="NRulesRuleSet.Rules"/> match.</summary>
    internal IReadOnlyList<GoalInput> Inputs => _inputs ??= Enumerable.Range(0, Goals.Length).Select(g => new GoalInput(this, g)).ToArray();

    /// <summary>Each indicator's reported values (empty when the report gives none), in the slots of <see cref="NRulesRuleSet.Slots"/>.</summary>
    internal IndicatorData[] Values { get; }

    internal NRulesRuleSet Compiled { get; }

    internal EvaluationRecord Record { get; private set; } = null!;

    internal bool Explain { get; private set; }

    internal ImmutableArray<Diagnostic> Warnings { get; private set; }

    internal GoalResult?[] Goals { get; }

    internal CategoryVerdict?[] Categories { get; } = new CategoryVerdict?[2];

    internal GroupResult?[] Groups { get; }

    internal Verdict? Verdict { get; set; }

    /// <summary>
    /// Makes this fact the report of <paramref name="values"/>, forgetting every result of the one before: a pooled
    /// session keeps one report fact and reloads it per document (then updates it in the session).
    /// </summary>
    internal void Load(ValuesDocument values, EvaluationDetail detail, EvaluationRecord record)
    {
        Entity = values.Entity;
        Year = values.Year;
        Report = values.Report;
        Period = values.EffectivePeriod;
        AsOf = values.AsOf;
        Warnings = values.Warnings;
        ReportAssumed = values.ReportAssumed;
        Explain = detail == EvaluationDetail.Full;
        Record = record;
        record.Interim = values.Report == ReportKind.Interim;
        var goals = Compiled.Plan.Goals;
        if (_cases.Length != goals.Length)
        {
            _cases = new int[goals.Length];
            _reasons = new string?[goals.Length];
        }

        for (var g = 0; g < goals.Length; g++)
        {
            (_cases[g], _reasons[g]) = TargetSelection.Choose(goals[g], Year, Period);
        }

        Array.Clear(Goals);
        Array.Clear(Groups);
        Array.Clear(Categories);
        Verdict = null;

        // Every indicator the rules read has its slot, reported or not: a goal's rule always matches, and a value that is
        // missing makes its part "not evaluable" with the reason, never a rule that silently does not fire.
        var slots = Compiled.Slots.Indicators;
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i] = values.Find(slots[i]) ?? IndicatorData.Empty;
        }
    }

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
