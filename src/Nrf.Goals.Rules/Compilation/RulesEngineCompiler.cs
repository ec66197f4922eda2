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
        // A rule that does not parse must fail the load, not turn silently into "false".
        EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
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

    /// <summary>Rules parsed by one call of the engine's parser.</summary>
    internal const int RulesPerParse = 1024;

    /// <summary>
    /// Compiles each rule of the workflow once, the way the engine does (its own expression parser with these settings,
    /// then FastExpressionCompiler), and keeps the typed delegates. Executing them directly skips what
    /// <c>ExecuteAllRulesAsync</c> adds per call and per rule — an input dictionary, a result tree, a task — none of
    /// which a verdict needs, because every rule records its outcome in the <see cref="EvaluationContext"/>.
    /// A rule that does not parse fails here, at load, not in a report.
    /// </summary>
    /// <remarks>
    /// RulesEngine 6.0.1's parser builds a new type provider for every call, which scans every loaded assembly for
    /// Dynamic LINQ types — about a millisecond per rule, seconds for a large rule set. So the rules are handed to it
    /// in groups, joined by the non-short-circuit <c>|</c>, and the parsed group is split back into its rules.
    /// </remarks>
    private static ImmutableArray<Func<EvaluationContext, bool>> CompileRules(Workflow workflow)
    {
        var parameter = Expression.Parameter(typeof(EvaluationContext), "v");
        var rules = workflow.Rules.ToList();
        var delegates = new Func<EvaluationContext, bool>[rules.Count];
        var groups = (rules.Count + RulesPerParse - 1) / RulesPerParse;
        // Groups are independent, so a large rule set compiles on every core; each group writes only its own slots.
        Parallel.For(0, groups, new ParallelOptions { MaxDegreeOfParallelism = groups < 4 ? 1 : -1 }, g =>
        {
            var parser = new RuleExpressionParser(Settings);
            var first = g * RulesPerParse;
            var group = rules.GetRange(first, Math.Min(RulesPerParse, rules.Count - first));
            var bodies = ParseGroup(parser, parameter, group);
            for (var i = 0; i < bodies.Count; i++)
            {
                delegates[first + i] = Expression.Lambda<Func<EvaluationContext, bool>>(bodies[i], parameter).CompileFast(flags: CompilerFlags.ThrowOnNotSupportedExpression);
            }
        });

        return ImmutableArray.Create(delegates);
    }

    /// <summary>The parsed body of each rule of <paramref name="group"/>, in order.</summary>
    private static List<Expression> ParseGroup(RuleExpressionParser parser, ParameterExpression parameter, List<Rule> group)
    {
        var bodies = new List<Expression>(group.Count);
        if (group.Count > 1)
        {
            var joined = Parse(parser, parameter, string.Join(" | ", group.Select(r => "(" + r.Expression + ")")));
            // ((r0 | r1) | r2) | …: the right operands down the left spine are the rules, last first.
            var node = joined;
            while (bodies.Count < group.Count - 1 && node is BinaryExpression { NodeType: ExpressionType.Or } or)
            {
                bodies.Add(or.Right);
                node = or.Left;
            }

            bodies.Add(node);
            bodies.Reverse();
            if (bodies.Count == group.Count && bodies.All(b => b.Type == typeof(bool)))
            {
                return bodies;
            }

            bodies.Clear();
        }

        // One at a time when the group does not come back as one operand per rule (or is a single rule).
        bodies.AddRange(group.Select(r => Parse(parser, parameter, r.Expression)));
        return bodies;
    }

    private static Expression Parse(RuleExpressionParser parser, ParameterExpression parameter, string expression)
    {
        var parsed = parser.Parse(expression, [parameter], typeof(bool));
        return parsed is LambdaExpression lambda ? lambda.Body : parsed;
    }
}
