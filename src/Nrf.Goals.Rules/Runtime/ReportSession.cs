using System.Runtime.CompilerServices;
using NRules;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// A session of a rule set's report shape with its one report fact, pooled per thread: each evaluation reloads the fact
/// with a document's values and updates it in the session, so NRules re-matches the same rules instead of a new session
/// building its memories, agenda and filters for every report. The pool is keyed weakly by the compiled rule set: a
/// rule set that is reloaded and dropped takes its sessions with it.
/// </summary>
internal sealed class ReportSession
{
    [ThreadStatic]
    private static ConditionalWeakTable<NRulesRuleSet, ReportSession>? t_pool;

    private readonly NRulesRuleSet _compiled;
    private readonly ISession _session;
    private readonly EvaluationRecord _record;
    private EvaluationFact? _report;
    private bool _rented;

    private ReportSession(NRulesRuleSet compiled)
    {
        _compiled = compiled;
        _session = compiled.ReportFactory.CreateSession();
        _record = new EvaluationRecord(compiled.Plan, 0, null);
    }

    /// <summary>This thread's session of <paramref name="compiled"/>, or a new one when it has none or is using it (a nested evaluation).</summary>
    public static ReportSession Rent(NRulesRuleSet compiled)
    {
        var pool = t_pool ??= new ConditionalWeakTable<NRulesRuleSet, ReportSession>();
        if (!pool.TryGetValue(compiled, out var session))
        {
            session = new ReportSession(compiled);
            pool.AddOrUpdate(compiled, session);
        }
        else if (session._rented)
        {
            session = new ReportSession(compiled);
        }

        session._rented = true;
        return session;
    }

    /// <summary>Hands the session back after an evaluation that succeeded; the caller must not use it afterwards.</summary>
    public void Return() => _rented = false;

    /// <summary>
    /// Evaluates <paramref name="values"/>: reload the report fact, insert or update it, fire. A failure leaves the
    /// session out of the pool, so that a half-fired agenda never meets the next report.
    /// </summary>
    public EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail, EvaluationTrace? trace)
    {
        try
        {
            _record.Reset(values.Year, values.AsOf, detail == EvaluationDetail.Full);
            var inserted = _report is not null;
            if (_report is null)
            {
                _report = new EvaluationFact(_compiled, values, detail, _record);
            }
            else
            {
                _report.Load(values, detail, _record);
            }

            var report = _report;
            trace?.Attach(_session);
            try
            {
                _compiled.Run(() =>
                {
                    if (inserted)
                    {
                        _session.Update(report);
                    }
                    else
                    {
                        _session.Insert(report);
                    }

                    _session.Fire();
                });
            }
            finally
            {
                trace?.Detach(_session);
            }

            return report.ToResult();
        }
        catch
        {
            if (t_pool is { } pool && pool.TryGetValue(_compiled, out var pooled) && ReferenceEquals(pooled, this))
            {
                pool.Remove(_compiled);
            }

            throw;
        }
    }
}
