using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.Cli;
using Nrf.Goals.Tests.Hardening;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>NrfGoalsOptions.ReloadOnChange with real file changes in a temporary folder (issue 12).</summary>
public sealed class RuleFileReloadTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly TempFolder _temp = new();
    private readonly ServiceProvider _provider;

    public RuleFileReloadTests()
    {
        File.WriteAllText(RuleFile, SmallRules.Text(target: 10));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Information));
        services.AddNrfGoals(o =>
        {
            o.RuleFiles.Add(RuleFile);
            o.ReloadOnChange = true;
        }).UseNRules();
        _provider = services.BuildServiceProvider();
    }

    private string RuleFile => _temp.File("small.yaml");

    private IGoalEvaluator Evaluator => _provider.GetRequiredService<IGoalEvaluator>();

    private FakeLogCollector Log => _provider.GetFakeLogCollector();

    [Fact]
    public async Task Evaluate_RuleFileEdited_UsesTheRecompiledRules()
    {
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);

        File.WriteAllText(RuleFile, SmallRules.Text(target: 20));

        (await Eventually.True(() => SmallRules.StatusOfG(Evaluator) == GoalStatus.NotMet, Timeout)).Should().BeTrue("a ≥ 20 is not met by a = 12");
        Evaluator.Get("small").RuleSet.Goals[0].Title.Should().Be("A at least 20");
        Log.GetSnapshot().Should().Contain(r => r.Id.Id == 104 && r.Message == $"Rule file {RuleFile} changed; reloaded 'small' ({RuleFile})");
    }

    [Fact]
    public async Task Evaluate_RuleFileBrokenByAnEdit_KeepsTheLastGoodRulesAndLogsTheProblemThenTakesTheFix()
    {
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);

        File.WriteAllText(RuleFile, SmallRules.Broken());
        var problem = $"{RuleFile}:11:21: 'b' is not a declared indicator (did you mean 'a'?); expressions may use only the indicators under 'indicators:' and the documented functions";
        (await Eventually.True(() => Log.GetSnapshot().Any(r => r.Message.EndsWith(problem, StringComparison.Ordinal)), Timeout)).Should().BeTrue();

        var refused = Log.GetSnapshot().Last(r => r.Message.EndsWith(problem, StringComparison.Ordinal));
        refused.Level.Should().Be(LogLevel.Error);
        refused.Message.Should().Be($"Rule file {RuleFile} changed but cannot be used; keeping the last good rule sets:\n{problem}");
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met, "the last good rules (a ≥ 10) are kept");
        Evaluator.Get("small").RuleSet.Goals[0].Title.Should().Be("A at least 10");

        File.WriteAllText(RuleFile, SmallRules.Text(target: 20));

        (await Eventually.True(() => SmallRules.StatusOfG(Evaluator) == GoalStatus.NotMet, Timeout)).Should().BeTrue("the fixed file is taken");
    }

    [Fact]
    public async Task Evaluate_RuleFileEditedAfterTheHostStartedButBeforeFirstUse_UsesTheEditedRules()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new() { ContentRootPath = _temp.Root });
        builder.Services.AddNrfGoals(o =>
        {
            o.RuleFiles.Add("small.yaml");
            o.ReloadOnChange = true;
        }).UseNRules();
        using var host = builder.Build();
        await host.StartAsync();

        // The start compiled a ≥ 10; the watcher starts with the evaluator's first use, after this edit.
        File.WriteAllText(RuleFile, SmallRules.Text(target: 20));
        File.SetLastWriteTimeUtc(RuleFile, DateTime.UtcNow.AddSeconds(1));

        SmallRules.StatusOfG(host.Services.GetRequiredService<IGoalEvaluator>()).Should().Be(GoalStatus.NotMet);
        await host.StopAsync();
    }

    [Fact]
    public async Task Reload_RuleFileReplacedByAFifo_RefusedKeepsTheRulesAndTheHostStops()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new() { ContentRootPath = _temp.Root });
        builder.Logging.AddFakeLogging();
        builder.Services.AddNrfGoals(o =>
        {
            o.RuleFiles.Add("small.yaml");
            o.ReloadOnChange = true;
        }).UseNRules();
        var host = builder.Build();
        await host.StartAsync();
        var evaluator = host.Services.GetRequiredService<IGoalEvaluator>();
        SmallRules.StatusOfG(evaluator).Should().Be(GoalStatus.Met);

        // Replaced as an editor saves: the new thing is renamed over the file. Nobody ever writes the FIFO.
        Fifo.Make(_temp.File("pipe"));
        File.Move(_temp.File("pipe"), RuleFile, overwrite: true);

        var log = host.Services.GetFakeLogCollector();
        var refused = $"Rule file {RuleFile} changed but cannot be used; keeping the last good rule sets:\n{RuleFile}:1:1: the file is empty or not a regular file (a pipe, a device or a socket, which are not read)";
        var logged = await Eventually.True(() => log.GetSnapshot().Any(r => r.Message == refused), Timeout);
        SmallRules.StatusOfG(evaluator).Should().Be(GoalStatus.Met, "the last good rules are kept");
        Fifo.Bounded(RuleFile, () =>
        {
            host.StopAsync().Wait();
            host.Dispose();
            return true;
        });
        logged.Should().BeTrue("the reload reads nothing that is not a regular file");
    }

    [Fact]
    public void Get_ReloadOnChange_LogsTheWatchedFiles()
    {
        Evaluator.Get("small");

        Log.GetSnapshot().Should().Contain(r => r.Id.Id == 106 && r.Message == $"Watching 1 rule file(s) for changes: {RuleFile}");
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }
}
