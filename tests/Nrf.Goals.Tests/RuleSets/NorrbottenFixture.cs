using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.RuleSets;

/// <summary>Region Norrbotten's shipped rule set (regionstyrelsens plan 2020), compiled once for all tests of a class.</summary>
public sealed class NorrbottenFixture
{
    public const string RuleFile = "region-norrbotten/rs-plan-2020.yaml";
    public const string ExampleFile = "region-norrbotten-2020-dap08.yaml";

    public NorrbottenFixture()
    {
        RuleSet = RuleSetLoader.Load(RepositoryPaths.Rules(RuleFile));
        Compiled = new NRulesCompiler().Compile(RuleSet);
        Example = Compiled.Evaluate(ValuesLoader.Load(RepositoryPaths.Examples(ExampleFile), RuleSet));
    }

    public RuleSet RuleSet { get; }

    public ICompiledRuleSet Compiled { get; }

    /// <summary>The evaluation of the shipped example values for DÅ 08 2020.</summary>
    public EvaluationResult Example { get; }

    /// <summary>
    /// Evaluates a values document holding only <paramref name="values"/> (YAML lines under <c>values:</c>, indented two
    /// spaces); <paramref name="header"/> adds header lines such as <c>period: DÅ08</c>.
    /// </summary>
    public EvaluationResult Evaluate(string values, int year = 2020, string report = "annual", string? header = null) =>
        Compiled.Evaluate(ValuesLoader.Parse(
            $"entity: region-norrbotten\nyear: {year}\nreport: {report}\n{header}values:\n{values}", "values.yaml", RuleSet));

    /// <summary>One goal's result for a values document holding only <paramref name="values"/>.</summary>
    public GoalResult Goal(string id, string values, int year = 2020, string report = "annual", string? header = null) =>
        Evaluate(values, year, report, header).Goal(id)!;
}
