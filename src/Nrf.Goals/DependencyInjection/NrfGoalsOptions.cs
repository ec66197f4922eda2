using System.Reflection;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.DependencyInjection;

/// <summary>
/// Options of <c>services.AddNrfGoals(…)</c>: which rule sets to load, and whether to reload rule files when they
/// change. Bind them from configuration (<c>AddNrfGoals(configuration.GetSection("NrfGoals"))</c>, keys
/// <c>RuleFiles</c> and <c>ReloadOnChange</c>) or set them in code; every <c>AddNrfGoals</c> call adds to the same options.
/// They are read once, when the rule sets are first compiled (on the host's start, or the evaluator's first use); after
/// that, <see cref="ReloadOnChange"/> follows the rule files' contents, not changes to these options.
/// </summary>
public sealed class NrfGoalsOptions
{
    private readonly List<RuleSetSource> _streams = [];

    /// <summary>
    /// Rule files to load and compile. A relative path is relative to the host's content root
    /// (<c>IHostEnvironment.ContentRootPath</c>), or to <see cref="AppContext.BaseDirectory"/> when there is no host —
    /// never to the current directory, which depends on where the app was started from.
    /// </summary>
    public IList<string> RuleFiles { get; } = new List<string>();

    /// <summary>
    /// Whether to watch <see cref="RuleFiles"/> and recompile a rule set when its file changes. A change that breaks
    /// the file keeps the last good rule sets and logs the file's problems, each at its line and column.
    /// </summary>
    public bool ReloadOnChange { get; set; }

    /// <summary>The rule sets added from streams and embedded resources, in the order added.</summary>
    internal IReadOnlyList<RuleSetSource> Streams => _streams;

    /// <summary>
    /// Adds a rule set read from a stream; <paramref name="sourceName"/> names it in errors. <paramref name="open"/> is
    /// called each time the rule sets are compiled, and the stream it returns is disposed after reading.
    /// </summary>
    /// <returns>These options, to add more.</returns>
    public NrfGoalsOptions AddRuleSet(string sourceName, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        ArgumentNullException.ThrowIfNull(open);
        _streams.Add(new RuleSetSource(sourceName, open));
        return this;
    }

    /// <summary>
    /// Adds a rule set embedded in <paramref name="assembly"/> as the manifest resource <paramref name="resourceName"/>,
    /// e.g. from a package that ships rule sets. Errors name it <c>Assembly/resource</c>.
    /// </summary>
    /// <returns>These options, to add more.</returns>
    public NrfGoalsOptions AddEmbeddedRuleSet(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(resourceName);
        var sourceName = $"{assembly.GetName().Name}/{resourceName}";
        return AddRuleSet(sourceName, () => assembly.GetManifestResourceStream(resourceName) ?? throw new NrfGoalsException([new Diagnostic(
            new SourceLocation(sourceName, 1, 1),
            $"the assembly {assembly.GetName().Name} has no embedded resource '{resourceName}'; it has {Names(assembly.GetManifestResourceNames())}")]));
    }

    private static string Names(string[] resources) =>
        resources.Length == 0 ? "none" : string.Join(", ", resources.Order(StringComparer.Ordinal).Select(r => $"'{r}'"));
}
