using System.Collections.Immutable;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Runtime;
using RulesEngine.Models;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Compiles a rule set into one Microsoft RulesEngine workflow: one engine rule per criterion part (and per value a
/// monitor-only goal or an explanation shows). The compiled rule set keeps the engine and reuses it for every evaluation.
/// </summary>
public sealed class RulesEngineCompiler : IRuleSetCompiler
{
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

        var settings = new ReSettings
        {
            CustomTypes = [typeof(EvaluationContext)],
            UseFastExpressionCompiler = true,
        };
        var engine = new RulesEngine.RulesEngine([workflow], settings);
        var compiled = new CompiledRuleSet(ruleSet, engine, goals.ToImmutable(), rules.ToImmutableArray(), nodes.ToImmutableArray());
        compiled.WarmUp();
        return compiled;
    }
}
