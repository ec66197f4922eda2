using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.DependencyInjection;

/// <summary>
/// Loads and compiles the rule sets an <see cref="NrfGoalsOptions"/> names: the one place that resolves rule-file paths
/// (against the host's content root, or the app's folder without a host) and logs warnings and compile times. It holds
/// the first successful compilation, which the options validation on start and the evaluator share: options bound from
/// configuration are rebuilt and validated again on every configuration reload, and that must not recompile (nor fail
/// on a rule file broken since); only <see cref="NrfGoalsOptions.ReloadOnChange"/> recompiles, through <see cref="Compile"/>.
/// </summary>
internal sealed class RuleSetCompilation
{
    [ThreadStatic]
    private static NrfGoalsException? t_lastFailure;

    private readonly IRuleSetCompiler _compiler;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private CompiledRuleSets? _first;

    public RuleSetCompilation(IRuleSetCompiler compiler, ILoggerFactory? loggerFactory = null, IHostEnvironment? environment = null)
    {
        _compiler = compiler;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nrf.Goals");
        ContentRoot = environment?.ContentRootPath is { Length: > 0 } root ? root : AppContext.BaseDirectory;
    }

    /// <summary>How two full paths are compared: as the file system compares them.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The folder relative rule-file paths are relative to.</summary>
    public string ContentRoot { get; }

    /// <summary>
    /// The problems of the last compilation that failed on this thread: options validation reports them as text, and
    /// the evaluator rethrows them located (the validation runs on the caller's thread).
    /// </summary>
    public static NrfGoalsException? LastFailureOnThisThread
    {
        get => t_lastFailure;
        set => t_lastFailure = value;
    }

    /// <summary>
    /// The first successful compilation; until there is one, compiles the rule sets of <paramref name="options"/>. A
    /// failure is not kept, so that the next call tries again (the rule file may have been fixed).
    /// </summary>
    /// <exception cref="NrfGoalsException">A rule set cannot be loaded, or two have one id; every problem is listed.</exception>
    public CompiledRuleSets For(NrfGoalsOptions options)
    {
        if (Volatile.Read(ref _first) is { } compiled)
        {
            return compiled;
        }

        lock (_gate)
        {
            if (_first is null)
            {
                Volatile.Write(ref _first, Compile(options));
            }

            return _first;
        }
    }

    /// <summary>Loads and compiles the rule sets of <paramref name="options"/> again, e.g. after a rule file changed.</summary>
    /// <exception cref="NrfGoalsException">A rule set cannot be loaded, or two have one id; every problem is listed.</exception>
    public CompiledRuleSets Compile(NrfGoalsOptions options)
    {
        var watch = Stopwatch.StartNew();
        // A file listed twice (by two AddNrfGoals calls, or configuration and code) is one rule set, not a clash of ids.
        var files = options.RuleFiles.Select(file => Path.GetFullPath(file, ContentRoot)).Distinct(PathComparer).ToList();

        // Stamped before reading: a write after the stamp is seen as a change, even if the read already had it.
        var written = files.Select(file => (file, File.GetLastWriteTimeUtc(file))).ToList();
        var ruleSets = new List<RuleSet>();
        var problems = new List<Diagnostic>();
        void Load(Func<RuleSet> load)
        {
            try
            {
                ruleSets.Add(load());
            }
            catch (NrfGoalsException e)
            {
                problems.AddRange(e.Diagnostics);
            }
        }

        // Every source is read even after one fails, so that a broken deployment shows all its problems at once.
        files.ForEach(file => Load(() => RuleSetLoader.Load(file)));
        foreach (var source in options.Streams)
        {
            Load(() =>
            {
                try
                {
                    using var stream = source.Open();
                    return RuleSetLoader.Load(stream, source.Name);
                }
                catch (Exception e) when (e is not NrfGoalsException and not OutOfMemoryException)
                {
                    // The app's stream failed (a missing resource file, a network share gone): a problem of that rule
                    // set, reported with the others at its name, not an exception that hides them.
                    throw new NrfGoalsException([new Diagnostic(new SourceLocation(source.Name, 1, 1), $"the rule set could not be read: {e.Message}")]);
                }
            });
        }

        try
        {
            if (problems.Count > 0)
            {
                throw new NrfGoalsException(problems);
            }

            var compiled = new CompiledRuleSets(options, ruleSets.Select(_compiler.Compile).ToList(), written);
            foreach (var ruleSet in ruleSets)
            {
                foreach (var warning in ruleSet.Warnings)
                {
                    NrfGoalsLog.RuleSetWarning(_logger, ruleSet.Id, warning.ToString());
                }
            }

            NrfGoalsLog.Compiled(_logger, ruleSets.Count, compiled.Describe(), watch.ElapsedMilliseconds);
            return compiled;
        }
        catch (NrfGoalsException e)
        {
            t_lastFailure = e;
            throw;
        }
    }
}
