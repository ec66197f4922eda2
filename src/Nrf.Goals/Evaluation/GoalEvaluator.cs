using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>Loads and compiles the configured rule files on first use and keeps the compiled forms.</summary>
internal sealed class GoalEvaluator : IGoalEvaluator
{
    private readonly Lazy<IReadOnlyDictionary<string, ICompiledRuleSet>> _compiled;

    public GoalEvaluator(NrfGoalsOptions options, IRuleSetCompiler compiler) =>
        _compiled = new Lazy<IReadOnlyDictionary<string, ICompiledRuleSet>>(
            () => options.RuleFiles.Select(RuleSetLoader.Load).Select(compiler.Compile).ToDictionary(c => c.RuleSet.Id, StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<RuleSet> RuleSets => _compiled.Value.Values.Select(c => c.RuleSet).ToList();

    public ICompiledRuleSet Get(string ruleSetId) =>
        _compiled.Value.TryGetValue(ruleSetId, out var compiled)
            ? compiled
            : throw new KeyNotFoundException($"No rule set '{ruleSetId}' is configured; configured: {string.Join(", ", _compiled.Value.Keys)}.");

    public EvaluationResult Evaluate(string ruleSetId, ValuesDocument values) => Get(ruleSetId).Evaluate(values);
}
