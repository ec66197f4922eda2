using System.Collections.Immutable;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Runtime;
using System.Linq.Expressions;
using FastExpressionCompiler;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Compiles a rule set into one Microsoft RulesEngine workflow: one engine rule per criterion part (and per value a
/// monitor-only goal or an explanation shows). The compiled rule set keeps the engine and reuses it for every evaluation.
/// </summary>
public sealed class RulesEngineCompiler : IRuleSetCompiler
{
    /// <summary>The engine's settings: only the context type may be reached from an expression.</summary>
    private static readonly ReSettings Settings = new()
    {
        CustomTypes = [typeof(EvaluationContext)],
        UseFastExpressionCompiler = true,
    };

    /// <inheritdoc />
    public ICompiledRuleSet Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var nodes = new List<NodeInfo>();
        var rules = new List<CompiledRule>();
        var emitter = new ExpressionEmitter(ruleSet, nodes);
        var goals = ImmutableArray.CreateBuilder<CompiledGoal>();

        int AddPart(CriterionPart part, RuleKind kind)
        {
            var index = rules.Count;
            var (text, root) = emitter.Emit(part.Expression, index);
            var method = kind == RuleKind.Condition ? "Done" : "Show";
            rules.Add(new CompiledRule(index, kind, part, null, root, $"v.On({index}) && v.{method}({index}, {text})"));
            return index;
        }

        int AddManual(string indicator)
        {
            var index = rules.Count;
            rules.Add(new CompiledRule(index, RuleKind.Manual, null, indicator, -1, $"v.On({index}) && v.Manual({index})"));
            return index;
        }

        CompiledCase CompileCase(int? year, ReportPeriod? period, Criterion criterion) => criterion switch
        {
            ExpressionCriterion e => new CompiledCase(year, period, criterion, e.Parts.Select(p => AddPart(p, RuleKind.Condition)).ToImmutableArray()),
            MonitorCriterion m => new CompiledCase(year, period, criterion, m.Shown.Select(p => AddPart(p, RuleKind.Display)).ToImmutableArray()),
            ManualCriterion m => new CompiledCase(year, period, criterion, ImmutableArray.Create(AddManual(m.Indicator))),
            _ => throw new InvalidOperationException($"Unexpected criterion {criterion.GetType().Name} inside a case."),
        };

        foreach (var goal in ruleSet.Goals)
        {
            var cases = goal.Criterion is ScheduledCriterion scheduled
                ? scheduled.Cases.Select(c => CompileCase(c.Year, c.Period, c.Criterion)).ToImmutableArray()
                : ImmutableArray.Create(CompileCase(null, null, goal.Criterion));
            var template = goal.Explanation?.Placeholders.Select(p => AddPart(p.Part, RuleKind.Display)).ToImmutableArray() ?? ImmutableArray<int>.Empty;
            goals.Add(new CompiledGoal(goal, cases, template));
        }

        var workflow = new Workflow
        {
            WorkflowName = ruleSet.Id,
            Rules = rules.Select(r => new Rule
            {
                RuleName = "r" + r.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = r.EngineExpression,
            }).ToList(),
        };

        var compiled = new CompiledRuleSet(ruleSet, workflow, Settings, CompileRules(workflow), goals.ToImmutable(), rules.ToImmutableArray(), nodes.ToImmutableArray());
        return compiled;
    }

    /// <summary>
    /// Compiles each rule of the workflow once, the way the engine does (its own expression parser with these settings,
    /// then FastExpressionCompiler), and keeps the typed delegates. Executing them directly skips what
    /// <c>ExecuteAllRulesAsync</c> adds per call and per rule — an input dictionary, a result tree, a task — none of
    /// which a verdict needs, because every rule records its outcome in the <see cref="EvaluationContext"/>.
    /// A rule that does not parse fails here, at load, not in a report.
    /// </summary>
    private static ImmutableArray<Func<EvaluationContext, bool>> CompileRules(Workflow workflow)
    {
        var parser = new RuleExpressionParser(Settings);
        var parameter = Expression.Parameter(typeof(EvaluationContext), "v");
        var delegates = ImmutableArray.CreateBuilder<Func<EvaluationContext, bool>>(workflow.Rules.Count());
        foreach (var rule in workflow.Rules)
        {
            var parsed = parser.Parse(rule.Expression, [parameter], typeof(bool));
            var lambda = Expression.Lambda<Func<EvaluationContext, bool>>(parsed is LambdaExpression l ? l.Body : parsed, parameter);
            delegates.Add(lambda.CompileFast(flags: CompilerFlags.ThrowOnNotSupportedExpression));
        }

        return delegates.MoveToImmutable();
    }
}
