using System.Reflection;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.RuleSets;

/// <summary>
/// One rule set shipped in this package as an embedded resource: its file's path in the Nrf.Goals repository, the
/// stream of its YAML, and the checked <see cref="RuleSet"/>.
/// </summary>
public sealed class ShippedRuleSet
{
    // PublicationOnly: a failed load is not cached, so no caller is handed a stored exception (issue 12).
    private readonly Lazy<RuleSet> _ruleSet;

    internal ShippedRuleSet(string path, string resourceName)
    {
        Path = path;
        ResourceName = resourceName;
        _ruleSet = new Lazy<RuleSet>(() => { using var s = Open(); return RuleSetLoader.Load(s, Path); }, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The file's path in the repository, e.g. <c>rules/nrf/2023-2025.yaml</c>; errors and results name it.</summary>
    public string Path { get; }

    /// <summary>The manifest resource name in this assembly.</summary>
    public string ResourceName { get; }

    /// <summary>Opens the rule file's YAML; the caller disposes the stream.</summary>
    public Stream Open() =>
        typeof(ShippedRuleSet).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from {typeof(ShippedRuleSet).Assembly.GetName().Name}; the package is broken.");

    /// <summary>The rule set, loaded and checked once and then shared (a <see cref="RuleSet"/> is immutable).</summary>
    public RuleSet Load() => _ruleSet.Value;

    /// <inheritdoc />
    public override string ToString() => Path;
}
