using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.Cli;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>AddNrfGoals as a hosted app takes it in (issue 12): options pattern, validation on start, content root, sources.</summary>
public sealed class NrfGoalsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddNrfGoals_CalledTwice_LoadsTheRuleFilesOfBothCalls()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("one.yaml"), SmallRules.Text("one"));
        File.WriteAllText(temp.File("two.yaml"), SmallRules.Text("two", target: 20));
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(temp.File("one.yaml"))).UseNRules();
        services.AddNrfGoals(o => o.RuleFiles.Add(temp.File("two.yaml"))).UseNRules();
        using var provider = services.BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IGoalEvaluator>();

        evaluator.RuleSets.Select(r => r.Id).Should().Equal("one", "two");
        SmallRules.StatusOfG(evaluator, "one").Should().Be(GoalStatus.Met);
        SmallRules.StatusOfG(evaluator, "two").Should().Be(GoalStatus.NotMet);
    }

    [Fact]
    public async Task StartAsync_SameRuleFileFromConfigurationAndCode_LoadsItOnce()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("small.yaml"), SmallRules.Text());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NrfGoals:RuleFiles:0"] = "small.yaml",
        }).Build();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = temp.Root });
        builder.Services.AddNrfGoals(configuration.GetSection("NrfGoals")).UseNRules();
        builder.Services.AddNrfGoals(o => o.RuleFiles.Add(temp.File("small.yaml")));
        using var host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredService<IGoalEvaluator>().RuleSets.Select(r => r.Location.File).Should().Equal(temp.File("small.yaml"));
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_BrokenRuleFile_FailsWithOptionsValidationExceptionNamingFileLineAndColumn()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("broken.yaml"), SmallRules.Broken());
        using var host = HostIn(temp.Root, "broken.yaml");

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            $"{temp.File("broken.yaml")}:11:21: 'b' is not a declared indicator (did you mean 'a'?); expressions may use only the indicators under 'indicators:' and the documented functions");
    }

    [Fact]
    public async Task StartAsync_ValidRuleFile_CompilesOnStartSoTheEvaluatorIsReady()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("small.yaml"), SmallRules.Text());
        using var host = HostIn(temp.Root, "small.yaml");

        await host.StartAsync();
        // Deleted after the start: the evaluator still has what the start compiled.
        File.Delete(temp.File("small.yaml"));

        SmallRules.StatusOfG(host.Services.GetRequiredService<IGoalEvaluator>()).Should().Be(GoalStatus.Met);
        await host.StopAsync();
    }

    [Fact]
    public void Get_RelativeRuleFileInAHost_ResolvedAgainstTheContentRootNotTheCurrentDirectory()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("rules"));
        File.WriteAllText(temp.File("rules/small.yaml"), SmallRules.Text());
        using var host = HostIn(temp.Root, "rules/small.yaml");

        var evaluator = host.Services.GetRequiredService<IGoalEvaluator>();

        Directory.GetCurrentDirectory().Should().NotBe(temp.Root);
        evaluator.Get("small").RuleSet.Location.File.Should().Be(temp.File("rules/small.yaml"));
    }

    [Fact]
    public void Get_RelativeRuleFileWithoutAHost_ResolvedAgainstTheAppFolder()
    {
        using var provider = Provider(o => o.RuleFiles.Add("no-such-folder/rules.yaml"));

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Get("nrf-2023-2025");

        act.Should().Throw<NrfGoalsException>().Which.Message.Should().Be(
            $"{Path.Combine(AppContext.BaseDirectory, "no-such-folder", "rules.yaml")}:1:1: the file does not exist");
    }

    [Fact]
    public void AddNrfGoals_FromConfiguration_BindsRuleFilesAndReloadOnChange()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NrfGoals:RuleFiles:0"] = RepositoryPaths.Rules("nrf/2023-2025.yaml"),
            ["NrfGoals:RuleFiles:1"] = RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"),
            ["NrfGoals:ReloadOnChange"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddNrfGoals(configuration.GetSection("NrfGoals")).UseNRules();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NrfGoalsOptions>>().Value;

        options.RuleFiles.Should().Equal(RepositoryPaths.Rules("nrf/2023-2025.yaml"), RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        options.ReloadOnChange.Should().BeTrue();
        provider.GetRequiredService<IGoalEvaluator>().RuleSets.Select(r => r.Id).Should().Equal("nrf-2023-2025", "rs-plan-2020");
    }

    [Fact]
    public void Evaluate_EmbeddedRuleSet_EvaluatesLikeTheRuleFile()
    {
        using var provider = Provider(o => o.AddEmbeddedRuleSet(typeof(SmallRules).Assembly, "Nrf.Goals.Tests.nrf-2023-2025.yaml"));
        var evaluator = provider.GetRequiredService<IGoalEvaluator>();
        var values = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), evaluator.Get("nrf-2023-2025").RuleSet);

        var result = evaluator.Evaluate("nrf-2023-2025", values);

        evaluator.Get("nrf-2023-2025").RuleSet.Location.File.Should().Be("Nrf.Goals.Tests/Nrf.Goals.Tests.nrf-2023-2025.yaml");
        result.Verdict.Status.Should().Be(VerdictStatus.Met);
        result.Goal("mal-6")!.Status.Should().Be(GoalStatus.NotMet);
    }

    [Fact]
    public void Get_EmbeddedRuleSetThatIsNotThere_NamesTheResourcesTheAssemblyHas()
    {
        using var provider = Provider(o => o.AddEmbeddedRuleSet(typeof(SmallRules).Assembly, "nrf.yaml"));

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Get("nrf-2023-2025");

        act.Should().Throw<NrfGoalsException>().Which.Message.Should().Be(
            "Nrf.Goals.Tests/nrf.yaml:1:1: the assembly Nrf.Goals.Tests has no embedded resource 'nrf.yaml'; it has 'Nrf.Goals.Tests.nrf-2023-2025.yaml'");
    }

    [Fact]
    public void Get_RuleSetFromAStreamAndABrokenFile_ListsTheProblemsOfEverySourceAtOnce()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("broken.yaml"), SmallRules.Broken("file"));
        using var provider = Provider(o =>
        {
            o.RuleFiles.Add(temp.File("broken.yaml"));
            o.AddRuleSet("stream.yaml", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallRules.Broken("stream"))));
        });

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Get("small");

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.Location.ToString()).Should().Equal(
            $"{temp.File("broken.yaml")}:11:21", "stream.yaml:11:21");
    }

    [Fact]
    public async Task StartAsync_StreamThatThrowsBesideABrokenFile_FailsWithOptionsValidationExceptionListingBoth()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("broken.yaml"), SmallRules.Broken());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = temp.Root });
        builder.Services.AddNrfGoals(o =>
        {
            o.RuleFiles.Add("broken.yaml");
            o.AddRuleSet("share/rules.yaml", () => throw new IOException("The network path was not found."));
        }).UseNRules();
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            $"{temp.File("broken.yaml")}:11:21: 'b' is not a declared indicator (did you mean 'a'?); expressions may use only the indicators under 'indicators:' and the documented functions",
            "share/rules.yaml:1:1: the rule set could not be read: The network path was not found.");
    }

    [Fact]
    public void Get_StreamThatFailsWhileRead_ThrowsNrfGoalsExceptionAtTheSourceName()
    {
        using var provider = Provider(o => o.AddRuleSet("broken-stream.yaml", () => new FailingStream()));

        var act = () => provider.GetRequiredService<IGoalEvaluator>().Get("small");

        act.Should().ThrowExactly<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "broken-stream.yaml:1:1: the rule set could not be read: The disk is gone.");
    }

    /// <summary>A stream whose reads fail, as a file on a disk that went away does.</summary>
    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("The disk is gone.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Get_RuleSetFromAStream_Evaluates()
    {
        using var provider = Provider(o => o.AddRuleSet("small.yaml", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallRules.Text()))));

        SmallRules.StatusOfG(provider.GetRequiredService<IGoalEvaluator>()).Should().Be(GoalStatus.Met);
    }

    [Fact]
    public void Get_RuleSetWithAWarning_LogsTheWarningAtItsPlaceAndTheLoadAndCompileTime()
    {
        using var temp = new TempFolder();
        var file = temp.File("small.yaml");
        File.WriteAllText(file, SmallRules.Text().Replace("  - {id: a, title: A}\n", "  - {id: a, title: A}\n  - {id: unused, title: Unused}\n", StringComparison.Ordinal));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Information));
        services.AddNrfGoals(o => o.RuleFiles.Add(file)).UseNRules();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IGoalEvaluator>().Get("small");

        var log = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Category == "Nrf.Goals").ToList();
        log.Select(r => (r.Level, r.Id.Id)).Should().Equal((LogLevel.Warning, 102), (LogLevel.Information, 101));
        log[0].Message.Should().Be($"Rule set small: {file}:7:5: warning: the indicator 'unused' is declared but no goal uses it");
        log[1].Message.Should().MatchRegex($"^Loaded and compiled 1 rule set\\(s\\) 'small' \\({System.Text.RegularExpressions.Regex.Escape(file)}\\) in [0-9]+ ms$");
    }

    [Fact]
    public void GetRequiredService_NoEngineChosen_SaysToCallUseNRules()
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(o => o.RuleFiles.Add(RepositoryPaths.Rules("nrf/2023-2025.yaml")));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IGoalEvaluator>();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "Nrf.Goals has no rules engine: call UseNRules() (package Nrf.Goals.Rules) on what AddNrfGoals returns, e.g. services.AddNrfGoals(…).UseNRules().");
    }

    /// <summary>A host whose content root is <paramref name="contentRoot"/>, configured with one relative rule file.</summary>
    private static IHost HostIn(string contentRoot, string ruleFile)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Services.AddNrfGoals(o => o.RuleFiles.Add(ruleFile)).UseNRules();
        return builder.Build();
    }

    private static ServiceProvider Provider(Action<NrfGoalsOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddNrfGoals(configure).UseNRules();
        return services.BuildServiceProvider();
    }
}
