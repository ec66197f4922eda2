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
/// goal, the category counts, the verdict and the group roll-ups as aggregate rules — and those into one
/// <see cref="ISessionFactory"/>, once. Conditions, bindings and actions are expression trees built from the bound
/// criterion nodes; no text is parsed.
/// </summary>
public sealed class NRulesCompiler : IRuleSetCompiler
{
    private readonly ILogger _logger;

    /// <summary>Creates a compiler that logs nothing.</summary>
    public NRulesCompiler()
        : this(null)
    {
    }

    /// <summary>Creates a compiler that logs compile times (Debug) and the sessions' rule firings (Trace) to <paramref name="loggerFactory"/>.</summary>
    public NRulesCompiler(ILoggerFactory? loggerFactory) =>
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nrf.Goals.Rules");

    /// <inheritdoc />
    public ICompiledRuleSet Compile(ModelRuleSet ruleSet) => CompileToNRules(ruleSet);

    /// <summary>Compiles <paramref name="ruleSet"/> and returns the NRules form, whose <see cref="NRulesRuleSet.Rules"/> an application can compile with its own.</summary>
    public NRulesRuleSet CompileToNRules(ModelRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var watch = Stopwatch.StartNew();
        var plan = EvaluationPlan.Build(ruleSet);
        var buckets = new IndicatorBuckets(IndicatorsRead(plan));
        var rules = BuildRules(plan, buckets);
        var factory = new RuleCompiler { ExpressionCompiler = new FastExpressionCompilerAdapter() }.Compile(rules.Rules);
        var logging = _logger.IsEnabled(LogLevel.Trace) || _logger.IsEnabled(LogLevel.Error) ? new SessionLogging(_logger, ruleSet.Id) : null;
        var compiled = new NRulesRuleSet(ruleSet, plan, buckets, rules, factory, logging);
        SessionLogging.Compiled(_logger, ruleSet.Id, ruleSet.Goals.Length, rules.Rules.Count(), watch.ElapsedMilliseconds);
        return compiled;
    }

    /// <summary>The indicators the rules read, so one fact each per report: the goals', then the policy's judgements.</summary>
    private static IReadOnlyList<string> IndicatorsRead(EvaluationPlan plan) =>
        plan.IndicatorsRead().Concat(plan.RuleSet.Policy.JudgementIndicators()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The NRules rule definitions of a plan, in rule-file order, then the aggregates.</summary>
    internal static IRuleSet BuildRules(EvaluationPlan plan, IndicatorBuckets buckets)
    {
        var goals = new GoalRules(plan, buckets);
        var rules = new NRules.RuleModel.RuleSet(plan.RuleSet.Id);
        rules.Add(plan.Goals.SelectMany(goals.For).Concat(new VerdictRules(plan.RuleSet).All()).ToList());
        return rules;
    }
}
