using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.Cli;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>Options bound from configuration are rebuilt on every configuration reload; the rule sets are compiled once.</summary>
public sealed class ConfigurationReloadTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly IConfigurationRoot _configuration;
    private readonly ServiceProvider _provider;

    public ConfigurationReloadTests()
    {
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NrfGoals:RuleFiles:0"] = RuleFile,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Information));
        services.AddNrfGoals(_configuration.GetSection("NrfGoals")).UseNRules();
        _provider = services.BuildServiceProvider();
    }

    private string RuleFile => _temp.File("small.yaml");

    private IGoalEvaluator Evaluator => _provider.GetRequiredService<IGoalEvaluator>();

    private string Problem => $"{RuleFile}:11:21: 'b' is not a declared indicator (did you mean 'a'?); expressions may use only the indicators under 'indicators:' and the documented functions";

    [Fact]
    public void Reload_UnrelatedKeyChanged_DoesNotCompileTheRuleSetsAgain()
    {
        File.WriteAllText(RuleFile, SmallRules.Text());
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);

        _configuration["Other"] = "x";
        _configuration.Reload();
        _ = _provider.GetRequiredService<IOptionsMonitor<NrfGoalsOptions>>().CurrentValue;

        _provider.GetFakeLogCollector().GetSnapshot().Count(r => r.Id.Id == 101).Should().Be(1);
    }

    [Fact]
    public void Reload_RuleFileBrokenSinceItWasCompiled_NeitherThrowsNorChangesTheRuleSets()
    {
        File.WriteAllText(RuleFile, SmallRules.Text());
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
        File.WriteAllText(RuleFile, SmallRules.Broken());

        var reload = () => _configuration.Reload();

        reload.Should().NotThrow();
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
    }

    [Fact]
    public async Task Get_AfterAConfigurationReloadOnAnotherThreadFailedValidation_ThrowsTheLocatedProblem()
    {
        File.WriteAllText(RuleFile, SmallRules.Broken());
        var evaluator = Evaluator;

        // Never compiled yet: the rebuilt options are validated by compiling, on the reloading thread, and refused.
        await FluentActions.Awaiting(() => Task.Run(() => _configuration.Reload())).Should().ThrowAsync<OptionsValidationException>();
        var get = () => evaluator.Get("small");

        get.Should().Throw<NrfGoalsException>().Which.Message.Should().Be(Problem);
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }
}
