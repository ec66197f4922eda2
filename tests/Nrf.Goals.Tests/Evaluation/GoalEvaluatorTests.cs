using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.Tests.Cli;
using Nrf.Goals.Tests.DependencyInjection;
using Nrf.Goals.Tests.Hardening;

namespace Nrf.Goals.Tests.Evaluation;

/// <summary>The evaluator's reloads and shutdown, with the file watcher stood in for so that callbacks run when the test says.</summary>
public sealed class GoalEvaluatorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ServiceProvider _provider;
    private readonly FakeWatcher _watcher = new();

    public GoalEvaluatorTests()
    {
        File.WriteAllText(RuleFile, SmallRules.Text());
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Information));
        services.AddSingleton(sp => new RuleSetCompilation(Compiler, sp.GetRequiredService<ILoggerFactory>()));
        services.AddNrfGoals(o =>
        {
            o.RuleFiles.Add(RuleFile);
            o.ReloadOnChange = true;
        }).UseNRules();
        _provider = services.BuildServiceProvider();
        Evaluator.WatchFiles = _watcher.Watch;
    }

    private string RuleFile => _temp.File("small.yaml");

    private FailingCompiler Compiler { get; } = new();

    private GoalEvaluator Evaluator => (GoalEvaluator)_provider.GetRequiredService<IGoalEvaluator>();

    [Fact]
    public void Reload_CompilerThrowsAnUnexpectedException_LogsTheRefusedReloadWithTheExceptionAndKeepsTheRules()
    {
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
        Compiler.Failure = new InvalidOperationException("the engine broke");

        var reload = () => _watcher.Changed!(RuleFile);

        reload.Should().NotThrow();
        var refused = _provider.GetFakeLogCollector().GetSnapshot().Should().ContainSingle(r => r.Id.Id == 105).Subject;
        refused.Level.Should().Be(LogLevel.Error);
        refused.Message.Should().Be($"Rule file {RuleFile} changed but cannot be used; keeping the last good rule sets:\nthe engine broke");
        refused.Exception.Should().BeSameAs(Compiler.Failure);
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
    }

    [Fact]
    public void Dispose_WhileAChangeCallbackWaitsForTheEvaluator_DisposesTheWatcherOutsideTheLockSoTheCallbackFinishes()
    {
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);

        Evaluator.Dispose();

        _watcher.Disposed.Should().BeTrue();
        _watcher.CallbackFinishedBeforeDispose.Should().BeTrue("disposing a change-token registration waits for its running callback, which needs the evaluator's lock");
    }

    [Fact]
    public void Reload_RuleFileReplacedByAFifo_RefusedWithoutWaitingAndDisposeReturns()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
        File.Delete(RuleFile);
        Fifo.Make(RuleFile);

        Fifo.Bounded(RuleFile, () =>
        {
            _watcher.Changed!(RuleFile);
            return true;
        });

        _provider.GetFakeLogCollector().GetSnapshot().Should().Contain(r => r.Id.Id == 105
            && r.Message == $"Rule file {RuleFile} changed but cannot be used; keeping the last good rule sets:\n{RuleFile}:1:1: the file is empty or not a regular file (a pipe, a device or a socket, which are not read)");
        SmallRules.StatusOfG(Evaluator).Should().Be(GoalStatus.Met);
        Fifo.Bounded(RuleFile, () =>
        {
            Evaluator.Dispose();
            return true;
        });
        _watcher.CallbackFinishedBeforeDispose.Should().BeTrue();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    /// <summary>NRules, until <see cref="Failure"/> is set: then every compile throws it.</summary>
    private sealed class FailingCompiler : IRuleSetCompiler
    {
        private readonly NRulesCompiler _compiler = new();

        public Exception? Failure { get; set; }

        public ICompiledRuleSet Compile(RuleSet ruleSet) => Failure is null ? _compiler.Compile(ruleSet) : throw Failure;
    }

    /// <summary>
    /// Keeps the evaluator's callback; disposing it does what disposing a running change-token registration does: runs
    /// the callback on another thread and waits for it to finish (bounded, so that a deadlock fails instead of hanging).
    /// </summary>
    private sealed class FakeWatcher : IDisposable
    {
        private string? _file;

        public Action<string>? Changed { get; private set; }

        public bool Disposed { get; private set; }

        public bool CallbackFinishedBeforeDispose { get; private set; }

        public IDisposable Watch(IReadOnlyList<string> files, Action<string> changed)
        {
            _file = files[0];
            Changed = changed;
            return this;
        }

        public void Dispose()
        {
            Disposed = true;
            CallbackFinishedBeforeDispose = Task.Run(() => Changed!(_file!)).Wait(TimeSpan.FromSeconds(10));
        }
    }
}
