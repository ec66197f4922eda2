using System.Collections.Immutable;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using RulesEngine.Models;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// A rule set compiled to a RulesEngine workflow whose rules were compiled once, at load, to delegates; an evaluation
/// executes the delegates of the rules its goals need. Each evaluation rents its own <see cref="EvaluationContext"/>
/// (reused per thread, cleared on rent), which makes this thread-safe.
/// </summary>
internal sealed class CompiledRuleSet : ICompiledRuleSet
{
    private readonly ImmutableArray<Func<EvaluationContext, bool>> _delegates;
    private readonly Lazy<RulesEngine.RulesEngine> _engine;
    private readonly RefSpec[]?[] _functionArguments;

    public CompiledRuleSet(RuleSet ruleSet, Workflow workflow, ReSettings settings, ImmutableArray<Func<EvaluationContext, bool>> delegates, ImmutableArray<CompiledGoal> goals, ImmutableArray<CompiledRule> rules, ImmutableArray<NodeInfo> nodes)
    {
        RuleSet = ruleSet;
        Workflow = workflow;
        _delegates = delegates;
        _engine = new Lazy<RulesEngine.RulesEngine>(() => new RulesEngine.RulesEngine([workflow], settings));
        Goals = goals;
        Rules = rules;
        Nodes = nodes;
        Texts = new NodeTexts(nodes, rules);
        _functionArguments = new RefSpec[]?[nodes.Length];
        for (var node = 0; node < nodes.Length; node++)
        {
            if (nodes[node].Expr is Expressions.CallExpr call)
            {
                var args = new List<RefSpec>(call.Arguments.Length);
                for (var i = 1; i <= call.Arguments.Length && node + i < nodes.Length; i++)
                {
                    if (nodes[node + i].Ref is { } spec)
                    {
                        args.Add(spec);
                    }
                }

                _functionArguments[node] = [.. args];
            }
        }
    }

    public RuleSet RuleSet { get; }

    /// <summary>The RulesEngine workflow: one rule per criterion part, explanation value and manual assessment.</summary>
    public Workflow Workflow { get; }

    public ImmutableArray<CompiledGoal> Goals { get; }

    public ImmutableArray<CompiledRule> Rules { get; }

    public ImmutableArray<NodeInfo> Nodes { get; }

    /// <summary>The value-independent texts of the nodes, for explanations.</summary>
    public NodeTexts Texts { get; }

    /// <summary>The references a function node (increased, gap, min of a series …) is applied to, collected once per rule set.</summary>
    public IReadOnlyList<RefSpec> FunctionArguments(int node) => _functionArguments[node] ?? [];

    /// <summary>How many compiled rule delegates an evaluation may execute.</summary>
    public int RuleCount => _delegates.Length;

    public EvaluationResult Evaluate(ValuesDocument values) => Evaluate(values, throughWorkflow: false);

    public EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail) => Evaluate(values, throughWorkflow: false, detail);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(ValuesDocument)"/>; with <paramref name="throughWorkflow"/> the rules run through
    /// a <see cref="RulesEngine.RulesEngine"/> holding <see cref="Workflow"/> (<c>ExecuteAllRulesAsync</c>), as before the
    /// compiled delegates were kept — for tests that both give the same results, and for the benchmarks' before/after.
    /// </summary>
    internal EvaluationResult Evaluate(ValuesDocument values, bool throughWorkflow, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(values);
        var explain = detail == EvaluationDetail.Full;
        var context = EvaluationContext.Rent(this, values, recordUsed: explain);
        try
        {
            return Evaluate(values, throughWorkflow, explain, context);
        }
        finally
        {
            context.Return();
        }
    }

    private EvaluationResult Evaluate(ValuesDocument values, bool throughWorkflow, bool explain, EvaluationContext context)
    {
        var period = values.EffectivePeriod;
        var chosen = new (CompiledCase? Case, string? Reason)[Goals.Length];
        for (var g = 0; g < Goals.Length; g++)
        {
            chosen[g] = Choose(Goals[g], values.Year, period);
            if (chosen[g].Case is { } c)
            {
                foreach (var rule in c.Rules)
                {
                    context.Activate(rule);
                }

                // Explanation templates only feed texts; without them their rules need not run.
                foreach (var rule in explain ? Goals[g].TemplateRules : [])
                {
                    context.Activate(rule);
                }
            }
        }

        if (throughWorkflow)
        {
            RunWorkflow(context);
        }
        else
        {
            Run(context);
        }

        var results = ImmutableArray.CreateBuilder<GoalResult>(Goals.Length);
        for (var g = 0; g < Goals.Length; g++)
        {
            results.Add(GoalResultBuilder.Build(this, Goals[g], chosen[g].Case, chosen[g].Reason, context, explain));
        }

        var goals = results.MoveToImmutable();
        return new EvaluationResult(RuleSet.Id, values.Entity, values.Year, values.Report, period, VerdictJudge.Judge(RuleSet.Policy, goals), goals, values.Warnings)
        {
            Groups = GroupRollUp.Compute(RuleSet, goals),
        };
    }

    private void RunWorkflow(EvaluationContext context)
    {
        var results = _engine.Value.ExecuteAllRulesAsync(Workflow.WorkflowName, new RuleParameter("v", context)).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"Rule set '{RuleSet.Id}', engine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
            }
        }
    }

    private void Run(EvaluationContext context)
    {
        for (var r = 0; r < _delegates.Length; r++)
        {
            if (!context.On(r))
            {
                continue;
            }

            try
            {
                _delegates[r](context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Every expression was checked before it reached the engine; an engine error here is our bug, never a verdict.
                throw new InvalidOperationException($"Rule set '{RuleSet.Id}', engine rule {Workflow.Rules.ElementAt(r).RuleName} failed: {e.Message}", e);
            }
        }
    }

    private static (CompiledCase? Case, string? Reason) Choose(CompiledGoal goal, int year, ReportPeriod? period)
    {
        if (!goal.Goal.FollowedUpIn.IsDefaultOrEmpty && period is { } p && !goal.Goal.FollowedUpIn.Contains(p))
        {
            return (null, $"följs inte upp i {ReportPeriodNames.Display(p)}");
        }

        foreach (var c in goal.Cases)
        {
            if (c.Year is { } y && y != year)
            {
                continue;
            }

            if (c.Period is { } cp && cp != period)
            {
                if (period is null)
                {
                    return (null, "rapportperioden är okänd (ange period eller asOf)");
                }

                continue;
            }

            return (c, null);
        }

        var periodText = period is { } pp && goal.Cases.Any(c => c.Period is not null) ? $"{ReportPeriodNames.Display(pp)} " : string.Empty;
        return (null, $"inget mål för {periodText}{year}");
    }
}
