using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// The configured rule sets, compiled on first use (or on the host's start, by the options validation) and kept. A
/// load that fails is not kept: the next call tries again (a singleton that cached its first exception would fail for
/// the life of the process, even after the rule file is fixed). With <see cref="NrfGoalsOptions.ReloadOnChange"/>, a
/// changed rule file is recompiled and swapped in; a broken one keeps the last good rule sets and logs why.
/// </summary>
internal sealed class GoalEvaluator : IGoalEvaluator, IDisposable
{
    private readonly IOptionsMonitor<NrfGoalsOptions> _options;
    private readonly IOptionsMonitorCache<NrfGoalsOptions> _optionsCache;
    private readonly RuleSetCompilation _compilation;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private CompiledRuleSets? _compiled;
    private IDisposable? _watcher;
    private bool _disposed;
    private int _reloads;

    public GoalEvaluator(IOptionsMonitor<NrfGoalsOptions> options, IOptionsMonitorCache<NrfGoalsOptions> optionsCache, RuleSetCompilation compilation, ILoggerFactory? loggerFactory = null)
    {
        _options = options;
        _optionsCache = optionsCache;
        _compilation = compilation;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nrf.Goals");
    }

    /// <summary>Starts watching the rule files, calling back with a changed file's path; tests stand in for the file system here.</summary>
    internal Func<IReadOnlyList<string>, Action<string>, IDisposable> WatchFiles { get; set; } = (files, changed) => new RuleFileWatcher(files, changed);

    public IReadOnlyList<RuleSet> RuleSets => Compiled.All.Select(c => c.RuleSet).ToList();

    public ICompiledRuleSet Get(string ruleSetId) => Compiled.Get(ruleSetId);

    public EvaluationResult Evaluate(string ruleSetId, ValuesDocument values) => Get(ruleSetId).Evaluate(values);

    private CompiledRuleSets Compiled
    {
        get
        {
            if (Volatile.Read(ref _compiled) is { } compiled)
            {
                return compiled;
            }

            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);

            // Read and compiled outside the lock (the compilation compiles once, under its own): a rule file that never
            // ends reading must not hold up the host's shutdown, which takes the lock in Dispose.
            var options = CurrentOptions();
            var fresh = _compilation.For(options);
            string? changed = null;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_compiled is { } loaded)
                {
                    return loaded;
                }

                Volatile.Write(ref _compiled, fresh);
                if (options.ReloadOnChange && fresh.Files.Count > 0)
                {
                    _watcher = WatchFiles(fresh.Files, Reload);
                    NrfGoalsLog.Watching(_logger, fresh.Files.Count, string.Join(", ", fresh.Files));

                    // Compiled on the host's start, and edited before this first use, when nobody was watching yet.
                    changed = fresh.FirstChangedFile();
                }
            }

            if (changed is not null)
            {
                Reload(changed);
            }

            return Volatile.Read(ref _compiled)!;
        }
    }

    /// <summary>The validated options; a failed validation is forgotten so that the next call validates again.</summary>
    private NrfGoalsOptions CurrentOptions()
    {
        try
        {
            return ValidatedOptions();
        }
        catch (OptionsValidationException)
        {
            // Refused on another thread (a configuration reload) and cached there, so this thread has no located
            // problems: validating again here compiles on this thread and has them.
            return ValidatedOptions();
        }
    }

    private NrfGoalsOptions ValidatedOptions()
    {
        RuleSetCompilation.LastFailureOnThisThread = null;
        try
        {
            return _options.CurrentValue;
        }
        catch (OptionsValidationException)
        {
            // The options cache keeps a failed value for good; the rule file may be fixed by the next call.
            _optionsCache.TryRemove(Options.DefaultName);
            if (RuleSetCompilation.LastFailureOnThisThread is { } located)
            {
                // The rule files' problems, each at its line and column, rather than their text in the validation's message.
                throw new NrfGoalsException(located.Diagnostics);
            }

            throw;
        }
    }

    private void Reload(string file)
    {
        CompiledRuleSets current;
        lock (_gate)
        {
            if (_disposed || _compiled is not { } compiled)
            {
                return;
            }

            current = compiled;
        }

        // Read and compiled outside the lock: a rule file that reads slowly (a network share, a file replaced by
        // something that never ends) must not hold up evaluations, nor a host's shutdown waiting for the lock.
        var generation = Interlocked.Increment(ref _reloads);
        try
        {
            var reloaded = _compilation.Compile(current.Options);
            lock (_gate)
            {
                // A later change's reload (or the shutdown) has overtaken this one: its result is the newer.
                if (_disposed || generation != _reloads)
                {
                    return;
                }

                Volatile.Write(ref _compiled, reloaded);
            }

            NrfGoalsLog.Reloaded(_logger, file, reloaded.Describe());
        }
        catch (NrfGoalsException e)
        {
            NrfGoalsLog.ReloadRefused(_logger, file, e.Message, null);
        }
        catch (Exception e)
        {
            // Thrown into a change-token callback, nobody would see it: log it, with its stack, and keep serving.
            NrfGoalsLog.ReloadRefused(_logger, file, e.Message, e);
        }
    }

    public void Dispose()
    {
        IDisposable? watcher;
        lock (_gate)
        {
            _disposed = true;
            watcher = _watcher;
            _watcher = null;
        }

        // Outside the lock: disposing a change-token registration waits for its running callback, which may be
        // waiting for the lock in Reload.
        watcher?.Dispose();
    }
}
