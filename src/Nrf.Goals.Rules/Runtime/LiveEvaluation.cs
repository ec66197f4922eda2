using System.Collections.Immutable;
using NRules;
using NRules.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// An NRules session kept open for one report, for an application where values arrive one at a time during the year:
/// set or change an indicator's values, and only the rules that read that indicator fire again, then the aggregates
/// over the goals whose outcome they yielded. Each change returns the goals and the verdict that changed.
/// Thread-safe: an NRules session is not, so changes from several threads are applied one at a time, each seeing the
/// values the one before it left.
/// </summary>
public sealed class LiveEvaluation
{
    private readonly NRulesRuleSet _compiled;
    private readonly ISession _session;
    private readonly EvaluationFact _report;
    private readonly Dictionary<string, IndicatorFact> _indicators;
    private readonly object _gate = new();

    internal LiveEvaluation(NRulesRuleSet compiled, ValuesDocument values)
    {
        _compiled = compiled;
        _report = new EvaluationFact(compiled, values, EvaluationDetail.Full, new EvaluationRecord(compiled.Plan, values.Year, values.AsOf));
        _indicators = _report.Indicators.ToDictionary(i => i.Indicator, StringComparer.Ordinal);
        _session = compiled.SessionFactory.CreateSession();
        compiled.Run(() =>
        {
            _session.InsertAll(_report.Facts);
            _session.Fire();
        });
        Current = _report.ToResult();
    }

    /// <summary>The result after the last change.</summary>
    public EvaluationResult Current { get; private set; }

    /// <summary>The session's events (rules fired, facts updated, …), e.g. to log or count what a change set off.</summary>
    public IEventProvider Events => _session.Events;

    /// <summary>Replaces everything reported for <paramref name="indicator"/> with <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The rule set declares no such indicator.</exception>
    public LiveChange Set(string indicator, IndicatorData data)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(data);
        lock (_gate)
        {
            return Apply(indicator, data);
        }
    }

    private LiveChange Apply(string indicator, IndicatorData data)
    {
        var declared = _compiled.RuleSet.Indicators.FirstOrDefault(i => i.Id == indicator)
            ?? throw new ArgumentException($"The rule set '{_compiled.RuleSet.Id}' has no indicator '{indicator}'.", nameof(indicator));
        if (!_indicators.TryGetValue(declared.Id, out var fact))
        {
            // Declared but read by no goal: nothing can change.
            return new LiveChange([], null, 0, Current);
        }

        var before = Current;
        fact.Data = data;
        var fired = 0;
        _compiled.Run(() =>
        {
            _session.Update(fact);
            fired = _session.Fire();
        });
        Current = _report.ToResult();
        var changed = ImmutableArray.CreateBuilder<GoalResult>();
        for (var g = 0; g < Current.Goals.Length; g++)
        {
            var (was, now) = (before.Goals[g], Current.Goals[g]);
            if (!ReferenceEquals(was, now) && (was.Status != now.Status || was.Explanation != now.Explanation || was.Reason != now.Reason))
            {
                changed.Add(now);
            }
        }

        return new LiveChange(changed.ToImmutable(), Equals(before.Verdict, Current.Verdict) ? null : Current.Verdict, fired, Current);
    }

    /// <summary>Sets the number of <paramref name="indicator"/> for <paramref name="year"/>, keeping its other values.</summary>
    /// <exception cref="ArgumentException">No such indicator, or it is not a number per year.</exception>
    public LiveChange SetValue(string indicator, int year, decimal value)
    {
        lock (_gate)
        {
            var current = Data(indicator, IndicatorShape.Yearly, IndicatorValueType.Number);
            return Apply(indicator, current with { Years = current.Years.SetItem(year, value) });
        }
    }

    /// <summary>Sets the number of <paramref name="indicator"/> for <paramref name="year"/> and breakdown key <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">No such indicator, or it is not broken down by key.</exception>
    public LiveChange SetValue(string indicator, int year, string key, decimal value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var current = Data(indicator, IndicatorShape.YearlyByKey, IndicatorValueType.Number);
            var keyed = current.Keyed.GetValueOrDefault(year) ?? ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal);
            return Apply(indicator, current with { Keyed = current.Keyed.SetItem(year, keyed.SetItem(key, value)) });
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
        var declared = _compiled.RuleSet.Indicators.FirstOrDefault(i => i.Id == indicator)
            ?? throw new ArgumentException($"The rule set '{_compiled.RuleSet.Id}' has no indicator '{indicator}'.", nameof(indicator));
        if (declared.Type != type || shape is { } s && declared.Shape != s)
        {
            throw new ArgumentException($"The indicator '{indicator}' is {declared.Type} ({declared.Shape}); this setter does not fit it.", nameof(indicator));
        }

        return _indicators.TryGetValue(indicator, out var fact) ? fact.Data : IndicatorData.Empty;
    }
}

/// <summary>What one change of a <see cref="LiveEvaluation"/> changed.</summary>
/// <param name="Goals">The goals whose result changed (status, explanation or reason), in rule-file order.</param>
/// <param name="Verdict">The new verdict, or null when it did not change.</param>
/// <param name="RulesFired">How many rules fired for the change.</param>
/// <param name="Result">The whole result after the change.</param>
public sealed record LiveChange(ImmutableArray<GoalResult> Goals, Verdicts.Verdict? Verdict, int RulesFired, EvaluationResult Result);
