using System.Collections.Immutable;
using NRules;
using NRules.RuleModel;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Diagnostics;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Telemetry;
using Nrf.Goals.Values;
using ModelRuleSet = Nrf.Goals.Model.RuleSet;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// A rule set compiled to NRules rules and a session factory. Each evaluation opens a session, inserts the report and
/// its indicator values as facts, fires, and reads the results the rules wrote into the report's fact. Thread-safe:
/// sessions are never shared. An application that runs NRules itself can take <see cref="Rules"/> into its own
/// factory, next to its own rules, and insert <see cref="CreateEvaluation"/>'s facts.
/// </summary>
public sealed class NRulesRuleSet : ICompiledRuleSet
{
    private readonly SessionLogging? _logging;

    internal NRulesRuleSet(ModelRuleSet ruleSet, EvaluationPlan plan, IndicatorBuckets buckets, IRuleSet rules, ISessionFactory factory, SessionLogging? logging)
    {
        Buckets = buckets;
        RuleSet = ruleSet;
        Plan = plan;
        Rules = rules;
        SessionFactory = factory;
        _logging = logging;
        logging?.Attach(factory);
    }

    /// <inheritdoc />
    public ModelRuleSet RuleSet { get; }

    /// <summary>
    /// The NRules rule definitions: one per goal (per case of a goal whose target varies by year or period, and one more
    /// when a goal may not be assessed), two category rules, the verdict rule and one roll-up rule per group.
    /// </summary>
    public IRuleSet Rules { get; }

    /// <summary>The session factory the rules were compiled into.</summary>
    public ISessionFactory SessionFactory { get; }

    internal EvaluationPlan Plan { get; }

    /// <summary>The bucket of each indicator the rules read.</summary>
    internal IndicatorBuckets Buckets { get; }

    /// <summary>The indicators the rules read: one fact each per report.</summary>
    internal IReadOnlyList<string> IndicatorsRead => Buckets.Indicators;

    /// <inheritdoc />
    public EvaluationResult Evaluate(ValuesDocument values) => Evaluate(values, EvaluationDetail.Full);

    /// <inheritdoc />
    public EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail) => Evaluate(values, detail, trace: null);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(ValuesDocument, EvaluationDetail)"/> and writes into <paramref name="trace"/> every
    /// rule that fired, with the facts and bound values it fired on — for audit.
    /// </summary>
    public EvaluationResult Evaluate(ValuesDocument values, EvaluationTrace trace, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return Evaluate(values, detail, (EvaluationTrace?)trace);
    }

    private EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail, EvaluationTrace? trace)
    {
        ArgumentNullException.ThrowIfNull(values);
        var telemetry = EvaluationTelemetry.Start(RuleSet.Id, values.Entity, values.Year);
        var record = EvaluationRecord.Rent(Plan, values.Year, values.AsOf, recordUsed: detail == EvaluationDetail.Full);
        try
        {
            var report = new EvaluationFact(this, values, detail, record);
            var session = SessionFactory.CreateSession();
            trace?.Attach(session);
            Run(() =>
            {
                session.InsertAll(report.Facts);
                session.Fire();
            });
            var result = report.ToResult();
            telemetry.Stop(result);
            return result;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            throw;
        }
        finally
        {
            record.Return();
        }
    }

    /// <summary>
    /// Evaluates every document in one session, inserted together with <c>InsertAll</c> and fired once: the other way
    /// to run a batch in NRules, kept for the benchmarks that compare it with a session per document.
    /// </summary>
    internal IReadOnlyList<EvaluationResult> EvaluateInOneSession(IReadOnlyList<ValuesDocument> documents, EvaluationDetail detail)
    {
        var reports = documents.Select(d => new EvaluationFact(this, d, detail, new EvaluationRecord(Plan, d.Year, d.AsOf, detail == EvaluationDetail.Full))).ToList();
        var session = SessionFactory.CreateSession();
        Run(() =>
        {
            session.InsertAll(reports.SelectMany(r => r.Facts));
            session.Fire();
        });
        return reports.Select(r => r.ToResult()).ToList();
    }

    /// <summary>
    /// The facts of one report, for a session of an application's own factory that includes <see cref="Rules"/>:
    /// insert <see cref="EvaluationFact.Facts"/>, fire, then read <see cref="EvaluationFact.ToResult"/>.
    /// </summary>
    public EvaluationFact CreateEvaluation(ValuesDocument values, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new EvaluationFact(this, values, detail, new EvaluationRecord(Plan, values.Year, values.AsOf, detail == EvaluationDetail.Full));
    }

    /// <summary>
    /// Opens a session that stays open for one report, for values that arrive one at a time: set a value, and only the
    /// rules that read it, and the aggregates over their goals, fire again. Changes from several threads are applied one at a time.
    /// </summary>
    public LiveEvaluation Open(ValuesDocument values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new LiveEvaluation(this, values);
    }

    /// <summary>Runs session work; a failure inside a rule is our bug, never a verdict, and says which rule set and rule.</summary>
    internal void Run(Action work)
    {
        try
        {
            work();
        }
        catch (RuleExecutionException e)
        {
            var rule = e is RuleRhsExpressionEvaluationException rhs ? $", rule '{rhs.RuleName}'" : string.Empty;
            throw new InvalidOperationException($"Rule set '{RuleSet.Id}'{rule} failed: {(e.InnerException ?? e).Message}", e.InnerException ?? e);
        }
    }
}
