using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Loads rule test files (<c>*.tests.yaml</c>) and checks all of them before anything runs: the YAML, the keys, the rule
/// file and values files they name, indicator and goal ids, statuses. Every problem is reported at once through
/// <see cref="NrfGoalsException"/>, each as <c>file:line:column: message</c>. Rule sets and values files read once are
/// reused for later test files, so test files of the same rule set share one <see cref="RuleSet"/> instance.
/// </summary>
public sealed class RuleTestLoader
{
    /// <summary>The suffix that marks a rule test file.</summary>
    public const string Suffix = ".tests.yaml";

    private readonly Dictionary<string, RuleSet> _ruleSets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, RuleSet RuleSet), ValuesDocument> _values = new();
    private readonly Func<string, RuleSet, ValuesDocument> _loadValues;

    /// <summary>A loader whose test files may name YAML and JSON values files.</summary>
    public RuleTestLoader()
        : this((path, ruleSet) => ValuesLoader.Load(path, ruleSet))
    {
    }

    /// <summary>
    /// A loader that reads the values files test files name with <paramref name="loadValues"/>, e.g.
    /// <c>(path, ruleSet) =&gt; ValuesTables.Load(path, ruleSet)</c> from Nrf.Goals.Tables for CSV and Excel values too.
    /// </summary>
    public RuleTestLoader(Func<string, RuleSet, ValuesDocument> loadValues)
    {
        ArgumentNullException.ThrowIfNull(loadValues);
        _loadValues = loadValues;
    }

    /// <summary>Loads and checks the test file at <paramref name="path"/>, the rule file it tests and the values files it names.</summary>
    /// <exception cref="NrfGoalsException">The test file, its rule file or a values file has problems; every one is listed.</exception>
    public RuleTestFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadFile(path, bag);
        bag.ThrowIfErrors();
        var root = YamlSource.LoadRoot(text, path, "rule tests (rules, values and cases)", bag);
        bag.ThrowIfErrors();
        var file = new RuleTestFileReader(this, new NodeReader(path, bag), path).Read(root!);
        bag.ThrowIfErrors();
        return file!;
    }

    /// <summary>The rule file a test file tests when it does not name one: <c>2023-2025.tests.yaml</c> → <c>2023-2025.yaml</c>.</summary>
    public static string? DefaultRulesFile(string testFile)
    {
        var name = System.IO.Path.GetFileName(testFile);
        return name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] + ".yaml" : null;
    }

    /// <summary>The rule set at <paramref name="path"/>, read once for every test file that tests it.</summary>
    internal RuleSet LoadRuleSet(string path)
    {
        var key = System.IO.Path.GetFullPath(path);
        if (!_ruleSets.TryGetValue(key, out var ruleSet))
        {
            ruleSet = RuleSetLoader.Load(path);
            _ruleSets[key] = ruleSet;
        }

        return ruleSet;
    }

    /// <summary>The values file at <paramref name="path"/> checked against <paramref name="ruleSet"/>, read once for every test file that names it.</summary>
    internal ValuesDocument LoadValues(string path, RuleSet ruleSet)
    {
        var key = (System.IO.Path.GetFullPath(path), ruleSet);
        if (!_values.TryGetValue(key, out var document))
        {
            document = _loadValues(path, ruleSet);
            _values[key] = document;
        }

        return document;
    }
}
