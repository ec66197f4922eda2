using Microsoft.Extensions.DependencyInjection;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.Cli;

namespace Nrf.Goals.Tests.Rules;

/// <summary>
/// IGoalEvaluator's configuration errors are NrfGoalsException naming the ids and files: an unknown rule-set id was a
/// KeyNotFoundException, and two rule files with one id "An item with the same key has already been added" (issue 15).
/// </summary>
public sealed class GoalEvaluatorErrorTests
{
    private static readonly string Nrf = RepositoryPaths.Rules("nrf/2023-2025.yaml");

    [Fact]
    public void Get_UnknownRuleSetId_ThrowsNrfGoalsExceptionNamingTheConfiguredIdsAndFiles()
    {
        using var provider = Provider(Nrf);

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Get("nrf-2024");

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"NrfGoalsOptions.RuleFiles:1:1: no configured rule file has the rule set id 'nrf-2024'; the configured rule sets are 'nrf-2023-2025' ({Nrf})");
    }

    [Fact]
    public void Get_RuleFileBrokenThenFixed_LoadsOnTheNextCallInsteadOfRepeatingTheFirstFailure()
    {
        using var temp = new TempFolder();
        var file = temp.File("tiny.yaml");
        File.WriteAllText(file, RuleTests.RuleTestWorkspace.TinyRules.Replace("id: tiny", "id: [tiny", StringComparison.Ordinal));
        using var provider = Provider(file);
        var evaluator = provider.GetRequiredService<IGoalEvaluator>();

        var broken = () => evaluator.Get("tiny");
        broken.Should().Throw<NrfGoalsException>();
        File.WriteAllText(file, RuleTests.RuleTestWorkspace.TinyRules);

        evaluator.Get("tiny").RuleSet.Id.Should().Be("tiny", "a failed load is not cached: the singleton is not poisoned");
    }

    [Fact]
    public void Evaluate_TwoRuleFilesWithOneId_ThrowsNrfGoalsExceptionNamingBothFiles()
    {
        using var temp = new TempFolder();
        var (first, second) = (temp.File("a.yaml"), temp.File("b.yaml"));
        File.WriteAllText(first, RuleTests.RuleTestWorkspace.TinyRules);
        File.WriteAllText(second, "# the same id again\n" + RuleTests.RuleTestWorkspace.TinyRules);
        using var provider = Provider(first, second);

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Evaluate("tiny", null!);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{second}:2:1: the rule set id 'tiny' is also the id of {first}; give each configured rule file its own id");
    }

    private static ServiceProvider Provider(params string[] ruleFiles)
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o =>
        {
            foreach (var file in ruleFiles)
            {
                o.RuleFiles.Add(file);
            }
        }).UseNRules();
        return services.BuildServiceProvider();
    }
}
