using NRules;
using NRules.RuleModel;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
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
/// A rule set compiled to NRules rules. <see cref="Evaluate(ValuesDocument)"/> runs the report shape: this thread's
/// pooled session of the rule set reloads its one report fact with the document's values, fires, and reads the results
/// the rules wrote into it. Thread-safe: sessions are never shared. An application that runs NRules itself takes
/// <see cref="Rules"/> (the shape of goal inputs and outcome facts, compiled on first use) into its own factory, next
/// to its own rules, and inserts <see cref="CreateEvaluation"/>'s facts; <see cref="Open"/> runs the same shape live.
/// </summary>
public sealed class NRulesRuleSet : ICompiledRuleSet
{
    private readonly SessionLogging? _logging;
    private readonly Lazy<IRuleSet> _inputRules;
    private readonly Lazy<ISessionFactory> _inputFactory;
    private readonly Lazy<InputIndex> _inputIndex;

    internal NRulesRuleSet(
        ModelRuleSet ruleSet, EvaluationPlan plan, IndicatorSlots slots, IRuleSet reportRules, ISessionFactory reportFactory,
        Func<IRuleSet> buildInputRules, Func<IRuleSet, ISessionFactory> compile, SessionLogging? logging)
    {
        RuleSet = ruleSet;
        Plan = plan;
        Slots = slots;
        ReportRules = reportRules;
        ReportFactory = reportFactory;
        _logging = logging;
        logging?.Attach(reportFactory);
        _inputRules = new Lazy<IRuleSet>(buildInputRules);
        _inputFactory = new Lazy<ISessionFactory>(() =>
        {
            var factory = compile(_inputRules.Value);
            _logging?.Attach(factory);
            return factory;
        });
        _inputIndex = new Lazy<InputIndex>(() => new InputIndex(this));
    }

    /// <inheritdoc />
    public ModelRuleSet RuleSet { get; }

    /// <summary>
    /// The NRules rule definitions an application adds to its own: one per goal (per case of a goal whose target varies
    /// by year or period, and one more when a goal may not be assessed) over the goal's input fact, yielding a
    /// <see cref="GoalOutcome"/>; two category rules, the verdict rule and one roll-up rule per group over those.
    /// Built on first use.
    /// </summary>
    public IRuleSet Rules => _inputRules.Value;

    /// <summary>The session factory <see cref="Rules"/> were compiled into (on first use), which <see cref="Open"/> uses.</summary>
    public ISessionFactory SessionFactory => _inputFactory.Value;

    internal EvaluationPlan Plan { get; }

    /// <summary>The slot of each indicator the rules read.</summary>
    internal IndicatorSlots Slots { get; }

    /// <summary>The rules of the report shape, which <see cref="Evaluate(ValuesDocument)"/> runs: the same goals, cases and aggregates as <see cref="Rules"/>.</summary>
    internal IRuleSet ReportRules { get; }

    /// <summary>The session factory of <see cref="ReportRules"/>.</summary>
    internal ISessionFactory ReportFactory { get; }

    /// <summary>For live changes and traces: which goals read each slot, each declared indicator and each goal by id.</summary>
    internal InputIndex Inputs => _inputIndex.Value;

    /// <inheritdoc />
    public EvaluationResult Evaluate(ValuesDocument values) => Evaluate(values, EvaluationDetail.Full);

    /// <inheritdoc />
    public EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail) => Evaluate(values, detail, trace: null);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(ValuesDocument, EvaluationDetail)"/> and writes into <paramref name="trace"/> every
    /// rule that fired, with the facts and values it fired on — for audit.
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
        try
        {
            var session = ReportSession.Rent(this);
            var result = session.Evaluate(values, detail, trace);
            session.Return();
            telemetry.Stop(result);
            return result;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            throw;
        }
    }

    /// <summary>
    /// Evaluates in a new session of <see cref="Rules"/> (the shape applications and live sessions use), as an
    /// application would: insert <see cref="CreateEvaluation"/>'s facts, fire, read the result. For the tests and
    /// benchmarks that compare the two shapes.
    /// </summary>
    internal EvaluationResult EvaluateWithInputs(ValuesDocument values, EvaluationDetail detail = EvaluationDetail.Full)
    {
        var report = CreateEvaluation(values, detail);
        var session = SessionFactory.CreateSession();
        Run(() =>
        {
            session.InsertAll(report.Facts);
            session.Fire();
        });
        return report.ToResult();
    }

    /// <summary>
    /// Evaluates every document in one session of the report shape, inserted together with <c>InsertAll</c> and fired
    /// once: the other way to run a batch in NRules, kept for the benchmarks that compare it with a pooled session.
    /// </summary>
    internal IReadOnlyList<EvaluationResult> EvaluateInOneSession(IReadOnlyList<ValuesDocument> documents, EvaluationDetail detail)
    {
        var reports = documents.Select(d => new EvaluationFact(this, d, detail, new EvaluationRecord(Plan, d.Year, d.AsOf, detail == EvaluationDetail.Full))).ToList();
        var session = ReportFactory.CreateSession();
        Run(() =>
        {
            session.InsertAll(reports);
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
    /// rules of the goals that read it, and the aggregates over their outcomes, fire again. Changes from several threads
    /// are applied one at a time.
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

    /// <summary>What a live change or a trace looks up: each declared indicator and goal by id, and the goals whose rules read each slot.</summary>
    internal sealed class InputIndex
    {
        public InputIndex(NRulesRuleSet compiled)
        {
            foreach (var indicator in compiled.RuleSet.Indicators)
            {
                Declared.TryAdd(indicator.Id, indicator);
            }

            var readers = new List<int>[compiled.Slots.Count];
            foreach (var goal in compiled.Plan.Goals)
            {
                Goals.TryAdd(goal.Goal.Id, goal.Index);
                foreach (var id in compiled.Plan.IndicatorsRead(goal.Cases.SelectMany(c => c.Parts).Concat(goal.AllTemplateParts)))
                {
                    (readers[compiled.Slots.Of(id)] ??= []).Add(goal.Index);
                }
            }

            GoalsReading = readers.Select(r => r?.ToArray() ?? []).ToArray();
        }

        /// <summary>The rule set's indicators by id.</summary>
        public Dictionary<string, Indicator> Declared { get; } = new(StringComparer.Ordinal);

        /// <summary>Each goal's position by its id.</summary>
        public Dictionary<string, int> Goals { get; } = new(StringComparer.Ordinal);

        /// <summary>By slot: the goals whose rules read it, in rule-file order.</summary>
        public int[][] GoalsReading { get; }
    }
}
