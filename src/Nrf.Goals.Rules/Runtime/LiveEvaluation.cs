using System.Collections.Immutable;
using NRules;
using NRules.Diagnostics;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// An NRules session kept open for one report, for an application where values arrive one at a time during the year:
/// set or change an indicator's values, and only the rules of the goals that read that indicator fire again, then the
/// aggregates over the goal outcomes that changed. Each change returns the goals and the verdict that changed.
/// Thread-safe: an NRules session is not, so changes from several threads are applied one at a time, each seeing the
/// values the one before it left.
/// </summary>
/// <remarks>
/// Runs the rules of <see cref="NRulesRuleSet.Rules"/> (the shape of goal inputs and outcome facts). The goal rules'
/// outcomes are pushed into the session in one batch once every goal rule has fired, so the category rules' collections
/// change once per change rather than once per goal (<see cref="FireInBatches"/>).
/// </remarks>
public sealed class LiveEvaluation
{
    private readonly NRulesRuleSet _compiled;
    private readonly ISession _session;
    private readonly EvaluationFact _report;
    private readonly object _gate = new();

    internal LiveEvaluation(NRulesRuleSet compiled, ValuesDocument values)
    {
        _compiled = compiled;
        _report = new EvaluationFact(compiled, values, EvaluationDetail.Full, new EvaluationRecord(compiled.Plan, values.Year, values.AsOf));
        _session = compiled.SessionFactory.CreateSession();
        _session.AutoPropagateLinkedFacts = false;
        compiled.Run(() =>
        {
            _session.InsertAll(_report.Facts);
            FireInBatches(_session);
        });
        Current = _report.ToResult();
    }

    /// <summary>The result after the last change.</summary>
    public EvaluationResult Current { get; private set; }

    /// <summary>The session's events (rules fired, facts updated, …), e.g. to log or count what a change set off.</summary>
    public IEventProvider Events => _session.Events;

    /// <summary>Replaces everything reported for <paramref name="indicator"/> with <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The rule set declares no such indicator, or a value fails a check the values loader makes (a breakdown key the
    /// indicator's dimension lacks, a negative count): the session is left as it was.
    /// </exception>
    public LiveChange Set(string indicator, IndicatorData data)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(data);
        Check(indicator, data);
        lock (_gate)
        {
            return Apply(indicator, data);
        }
    }

    /// <summary>
    /// Holds a live value to the checks a values file's gets (the same <see cref="ValuesDocumentBuilder"/> checks, so the
    /// same words): a value the loader would refuse never reaches the session as a silently wrong verdict.
    /// </summary>
    private void Check(string indicator, IndicatorData data)
    {
        var builder = new ValuesDocumentBuilder(_compiled.RuleSet);
        var at = new SourceLocation(nameof(LiveEvaluation), 1, 1);
        foreach (var (year, value) in data.Years)
        {
            builder.CheckNumber(new ValueStatement(indicator, ValueKind.Number, at) { Year = year }, value);
        }

        foreach (var (year, keyed) in data.Keyed)
        {
            foreach (var (key, value) in keyed)
            {
                var statement = new ValueStatement(indicator, ValueKind.Keyed, at) { Year = year, Key = key };
                if (builder.CheckKey(statement))
                {
                    builder.CheckNumber(statement, value);
                }
            }
        }

        foreach (var observation in data.Series.IsDefault ? [] : data.Series)
        {
            builder.CheckNumber(new ValueStatement(indicator, ValueKind.Observation, at) { Date = observation.Date }, observation.Value);
        }

        if (builder.Diagnostics.HasErrors)
        {
            throw new ArgumentException(
                string.Join("; ", builder.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Message)), nameof(data));
        }
    }

    /// <summary>
    /// Fires a session whose <see cref="ISession.AutoPropagateLinkedFacts"/> is off: the goal rules (the highest priority)
    /// one after another with their outcome facts held back, then those outcomes pushed in one batch before any other
    /// rule fires; every other rule's linked facts are pushed as soon as it has fired, as NRules would.
    /// </summary>
    /// <returns>How many rules fired.</returns>
    internal static int FireInBatches(ISession session)
    {
        var fired = 0;
        var agenda = session.Agenda;
        while (true)
        {
            if (agenda.IsEmpty || agenda.Peek().Rule.Priority < RulePriorities.Goal)
            {
                session.PropagateLinked();
                if (agenda.IsEmpty)
                {
                    return fired;
                }
            }

            fired += session.Fire(1);
        }
    }

    private LiveChange Apply(string indicator, IndicatorData data)
    {
        var inputs = _compiled.Inputs;
        if (!inputs.Declared.ContainsKey(indicator))
        {
            throw new ArgumentException($"The rule set '{_compiled.RuleSet.Id}' has no indicator '{indicator}'.", nameof(indicator));
        }

        if (!_compiled.Slots.TryGet(indicator, out var slot))
        {
            // Declared but read by no rule: nothing can change.
            return new LiveChange([], null, 0, Current);
        }

        var before = Current;
        _report.Values[slot] = data;
        // The indicator's fact and the input facts of exactly the goals that read it: only their rules match again.
        var changed = new List<object>(inputs.GoalsReading[slot].Length + 1) { _report.Indicators[slot] };
        foreach (var goal in inputs.GoalsReading[slot])
        {
            changed.Add(_report.Inputs[goal]);
        }

        var fired = 0;
        _compiled.Run(() =>
        {
            _session.UpdateAll(changed);
            fired = FireInBatches(_session);
        });
        Current = _report.ToResult();
        var goals = ImmutableArray.CreateBuilder<GoalResult>();
        for (var g = 0; g < Current.Goals.Length; g++)
        {
            var (was, now) = (before.Goals[g], Current.Goals[g]);
            if (!ReferenceEquals(was, now) && (was.Status != now.Status || was.Explanation != now.Explanation || was.Reason != now.Reason))
            {
                goals.Add(now);
            }
        }

        return new LiveChange(goals.ToImmutable(), Equals(before.Verdict, Current.Verdict) ? null : Current.Verdict, fired, Current);
    }

    /// <summary>Sets the number of <paramref name="indicator"/> for <paramref name="year"/>, keeping its other values.</summary>
    /// <exception cref="ArgumentException">No such indicator, it is not a number per year, or the value fails a check the values loader makes (a negative count).</exception>
    public LiveChange SetValue(string indicator, int year, decimal value)
    {
        lock (_gate)
        {
            var current = Data(indicator, IndicatorShape.Yearly, IndicatorValueType.Number);
            var changed = current with { Years = current.Years.SetItem(year, value) };
            Check(indicator, changed);
            return Apply(indicator, changed);
        }
    }

    /// <summary>Sets the number of <paramref name="indicator"/> for <paramref name="year"/> and breakdown key <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">No such indicator, it is not broken down by key, or the key or value fails a check the values loader makes (a key its dimension lacks, a negative count).</exception>
    public LiveChange SetValue(string indicator, int year, string key, decimal value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var current = Data(indicator, IndicatorShape.YearlyByKey, IndicatorValueType.Number);
            var keyed = current.Keyed.GetValueOrDefault(year) ?? ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal);
            var changed = current with { Keyed = current.Keyed.SetItem(year, keyed.SetItem(key, value)) };
            Check(indicator, changed);
            return Apply(indicator, changed);
        }
    }

    /// <summary>Sets the yes/no fact of <paramref name="indicator"/> for <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">No such indicator, or it is not yes/no.</exception>
    public LiveChange SetFlag(string indicator, int year, bool value)
    {
        lock (_gate)
        {
            var current = Data(indicator, null, IndicatorValueType.YesNo);
            return Apply(indicator, current with { Flags = current.Flags.SetItem(year, value) });
        }
    }

    private IndicatorData Data(string indicator, IndicatorShape? shape, IndicatorValueType type)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var declared = _compiled.Inputs.Declared.GetValueOrDefault(indicator)
            ?? throw new ArgumentException($"The rule set '{_compiled.RuleSet.Id}' has no indicator '{indicator}'.", nameof(indicator));
        if (declared.Type != type || shape is { } s && declared.Shape != s)
        {
            throw new ArgumentException($"The indicator '{indicator}' is {declared.Type} ({declared.Shape}); this setter does not fit it.", nameof(indicator));
        }

        return _compiled.Slots.TryGet(indicator, out var slot) ? _report.Values[slot] : IndicatorData.Empty;
    }
}

/// <summary>What one change of a <see cref="LiveEvaluation"/> changed.</summary>
/// <param name="Goals">The goals whose result changed (status, explanation or reason), in rule-file order.</param>
/// <param name="Verdict">The new verdict, or null when it did not change.</param>
/// <param name="RulesFired">How many rules fired for the change.</param>
/// <param name="Result">The whole result after the change.</param>
public sealed record LiveChange(ImmutableArray<GoalResult> Goals, Verdicts.Verdict? Verdict, int RulesFired, EvaluationResult Result);
