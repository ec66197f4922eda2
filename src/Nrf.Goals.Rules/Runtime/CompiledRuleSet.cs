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
/// A rule set compiled to a RulesEngine workflow. The engine caches the compiled lambdas, so every evaluation after the
/// first only executes them; each evaluation gets its own <see cref="EvaluationContext"/>, which makes this thread-safe.
/// </summary>
internal sealed class CompiledRuleSet : ICompiledRuleSet
{
    private readonly RulesEngine.RulesEngine _engine;

    public CompiledRuleSet(RuleSet ruleSet, RulesEngine.RulesEngine engine, ImmutableArray<CompiledGoal> goals, ImmutableArray<CompiledRule> rules, ImmutableArray<NodeInfo> nodes)
    {
        RuleSet = ruleSet;
        _engine = engine;
        Goals = goals;
        Rules = rules;
        Nodes = nodes;
    }

    public RuleSet RuleSet { get; }

    public ImmutableArray<CompiledGoal> Goals { get; }

    public ImmutableArray<CompiledRule> Rules { get; }

    public ImmutableArray<NodeInfo> Nodes { get; }

    public EvaluationResult Evaluate(ValuesDocument values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var context = new EvaluationContext(this, values);
        var period = values.EffectivePeriod;
        var chosen = new (CompiledCase? Case, string? Reason)[Goals.Length];
        for (var g = 0; g < Goals.Length; g++)
        {
            chosen[g] = Choose(Goals[g], values.Year, period);
            if (chosen[g].Case is { } c)
            {
                foreach (var rule in c.Rules.Concat(Goals[g].TemplateRules))
                {
                    context.Activate(rule);
                }
            }
        }

        Run(context);

        var results = ImmutableArray.CreateBuilder<GoalResult>(Goals.Length);
        for (var g = 0; g < Goals.Length; g++)
        {
            results.Add(GoalResultBuilder.Build(this, Goals[g], chosen[g].Case, chosen[g].Reason, context));
        }

        var goals = results.MoveToImmutable();
        return new EvaluationResult(RuleSet.Id, values.Entity, values.Year, values.Report, period, VerdictJudge.Judge(RuleSet.Policy, goals), goals, values.Warnings)
        {
            Groups = GroupRollUp.Compute(RuleSet, goals),
        };
    }

    /// <summary>Runs every rule once so the engine compiles them now (and a compiler bug shows at load, not in a report).</summary>
    public void WarmUp() =>
        Run(new EvaluationContext(this, new ValuesDocument(RuleSet.Entity ?? "warm-up", RuleSet.ValidFrom, ReportKind.Annual, null, null, ImmutableSortedDictionary<string, IndicatorData>.Empty)));

    private void Run(EvaluationContext context)
    {
        var results = _engine.ExecuteAllRulesAsync(RuleSet.Id, new RuleParameter("v", context)).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                // Every expression was checked before it reached the engine; an engine error here is our bug, never a verdict.
                throw new InvalidOperationException($"Rule set '{RuleSet.Id}', engine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
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
