using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// Loads and compiles the configured rule files on first use and keeps the compiled forms. A load that fails is not
/// kept: the next call tries again (a singleton that cached its first exception would fail for the life of the process,
/// even after the rule file is fixed).
/// </summary>
internal sealed class GoalEvaluator : IGoalEvaluator
{
    private readonly NrfGoalsOptions _options;
    private readonly IRuleSetCompiler _compiler;
    private readonly object _gate = new();
    private IReadOnlyDictionary<string, ICompiledRuleSet>? _compiled;

    public GoalEvaluator(NrfGoalsOptions options, IRuleSetCompiler compiler)
    {
        _options = options;
        _compiler = compiler;
    }

    public IReadOnlyList<RuleSet> RuleSets => Compiled.Values.Select(c => c.RuleSet).ToList();

    public ICompiledRuleSet Get(string ruleSetId) =>
        Compiled.TryGetValue(ruleSetId, out var compiled)
            ? compiled
            : throw new NrfGoalsException([new Diagnostic(
                new SourceLocation($"{nameof(NrfGoalsOptions)}.{nameof(NrfGoalsOptions.RuleFiles)}", 1, 1),
                $"no configured rule file has the rule set id '{ruleSetId}'; the configured rule sets are {Configured(Compiled.Values)}")]);

    private IReadOnlyDictionary<string, ICompiledRuleSet> Compiled
    {
        get
        {
            if (Volatile.Read(ref _compiled) is { } compiled)
            {
                return compiled;
            }

            lock (_gate)
            {
                return _compiled ??= Compile(_options.RuleFiles.Select(RuleSetLoader.Load).ToList(), _compiler);
            }
        }
    }

    public EvaluationResult Evaluate(string ruleSetId, ValuesDocument values) => Get(ruleSetId).Evaluate(values);

    // Two rule files with one id would leave one of them unreachable by id (ToDictionary said only "An item with the
    // same key has already been added"): refuse them together, at the start of each later file.
    private static Dictionary<string, ICompiledRuleSet> Compile(IReadOnlyList<RuleSet> ruleSets, IRuleSetCompiler compiler)
    {
        var first = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        var clashes = new List<Diagnostic>();
        foreach (var ruleSet in ruleSets)
        {
            if (!first.TryAdd(ruleSet.Id, ruleSet))
            {
                clashes.Add(new Diagnostic(ruleSet.Location, $"the rule set id '{ruleSet.Id}' is also the id of {first[ruleSet.Id].Location.File}; give each configured rule file its own id"));
            }
        }

        if (clashes.Count > 0)
        {
            throw new NrfGoalsException(clashes);
        }

        return ruleSets.Select(compiler.Compile).ToDictionary(c => c.RuleSet.Id, StringComparer.Ordinal);
    }

    private static string Configured(IEnumerable<ICompiledRuleSet> compiled) =>
        compiled.Any() ? string.Join(", ", compiled.Select(c => $"'{c.RuleSet.Id}' ({c.RuleSet.Location.File})")) : "none (NrfGoalsOptions.RuleFiles is empty)";
}
