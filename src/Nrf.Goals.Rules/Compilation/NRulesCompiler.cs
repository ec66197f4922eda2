using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NRules;
using NRules.RuleModel;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Rules.Diagnostics;
using Nrf.Goals.Rules.Runtime;
using ModelRuleSet = Nrf.Goals.Model.RuleSet;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Compiles a checked <see cref="ModelRuleSet"/> to NRules rules with the <c>NRules.RuleModel</c> builders — one rule per
/// goal (per case of its target), the category counts, the verdict and the group roll-ups — in two shapes from the same
/// goal-rule builder (<c>docs/nrules-design.md</c>): the report shape, compiled at once, that <c>Evaluate</c> and
/// <c>EvaluateMany</c> run; and the shape of goal inputs and outcome facts, compiled on first use, that live sessions
/// and applications' own sessions run. Conditions, filters and actions are expression trees built from the bound
/// criterion nodes; no text is parsed.
/// </summary>
public sealed class NRulesCompiler : IRuleSetCompiler
{
    private readonly ILogger _logger;
    private readonly ExpressionCompilation _compilation;

    /// <summary>Creates a compiler that logs nothing and compiles the rules' expressions (see <see cref="ExpressionCompilation.Auto"/>).</summary>
    public NRulesCompiler()
        : this(null)
    {
    }

    /// <summary>Creates a compiler that logs compile times (Debug) and the sessions' rule firings (Trace) to <paramref name="loggerFactory"/>.</summary>
    public NRulesCompiler(ILoggerFactory? loggerFactory)
        : this(loggerFactory, ExpressionCompilation.Auto)
    {
    }

    /// <summary>
    /// Creates a compiler that logs to <paramref name="loggerFactory"/> and turns the rules' expressions into delegates as
    /// <paramref name="expressions"/> says: <see cref="ExpressionCompilation.Interpreted"/> for a process that evaluates one
    /// report and exits, compiled for everything that lives longer.
    /// </summary>
    public NRulesCompiler(ILoggerFactory? loggerFactory, ExpressionCompilation expressions)
    {
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nrf.Goals.Rules");
        _compilation = expressions;
    }

    /// <inheritdoc />
    public ICompiledRuleSet Compile(ModelRuleSet ruleSet) => CompileToNRules(ruleSet);

    /// <summary>Compiles <paramref name="ruleSet"/> and returns the NRules form, whose <see cref="NRulesRuleSet.Rules"/> an application can compile with its own.</summary>
    public NRulesRuleSet CompileToNRules(ModelRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var watch = Stopwatch.StartNew();
        var plan = EvaluationPlan.Build(ruleSet);
        var slots = new IndicatorSlots(IndicatorsRead(plan));
        var rules = BuildRules(plan, slots, RuleShape.Report);
        var factory = CompileRules(rules);
        var logging = _logger.IsEnabled(LogLevel.Trace) || _logger.IsEnabled(LogLevel.Error) ? new SessionLogging(_logger, ruleSet.Id) : null;
        var compiled = new NRulesRuleSet(ruleSet, plan, slots, rules, factory, () => BuildRules(plan, slots, RuleShape.Inputs), CompileRules, logging);
        SessionLogging.Compiled(_logger, ruleSet.Id, ruleSet.Goals.Length, rules.Rules.Count(), watch.ElapsedMilliseconds);
        return compiled;
    }

    private ISessionFactory CompileRules(IRuleSet rules) =>
        new RuleCompiler { ExpressionCompiler = new ExpressionCompilerAdapter(_compilation) }.Compile(rules.Rules);

    /// <summary>The indicators the rules read, so one slot each per report: the goals', then the policy's judgements.</summary>
    private static IReadOnlyList<string> IndicatorsRead(EvaluationPlan plan) =>
        plan.IndicatorsRead().Concat(plan.RuleSet.Policy.JudgementIndicators()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The NRules rule definitions of a plan in one shape, in rule-file order, then the aggregates.</summary>
    internal static IRuleSet BuildRules(EvaluationPlan plan, IndicatorSlots slots, RuleShape shape)
    {
        var goals = new GoalRules(plan, slots, shape);
        var rules = new NRules.RuleModel.RuleSet(plan.RuleSet.Id);
        rules.Add(plan.Goals.SelectMany(goals.For).Concat(new VerdictRules(plan.RuleSet, slots, shape).All()).ToList());
        return rules;
    }
}
