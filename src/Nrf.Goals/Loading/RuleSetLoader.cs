using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads a rule file and checks all of it before anything runs: YAML syntax, unknown keys, wrong types, duplicate ids,
/// unknown indicators and functions, type errors in criteria, policies that cannot be satisfied.
/// Every problem is reported at once through <see cref="NrfGoalsException"/>, each as <c>file:line:column: message</c>.
/// </summary>
public static class RuleSetLoader
{
    // The keys of each section of a rule file, in one place so the JSON Schema (schemas/rule-set.schema.json) can be
    // checked against them; each section's reader rejects any other key.
    internal static readonly string[] RootKeys = ["id", "title", "entity", "validity", "source", "policy", "dimensions", "indicators", "groups", "goals", "entityNoun"];
    internal static readonly string[] GroupKeys = ["id", "title", "level", "risk", "groups", "note"];
    internal static readonly string[] IndicatorKeys = ["id", "title", "unit", "type", "by", "default", "baseline", "source", "description", "period", "kolada"];
    internal static readonly string[] GoalKeys = ["id", "title", "category", "area", "achievedWhen", "target", "criterion", "explanation", "followedUpIn", "group", "note", "unit"];

    /// <summary>Loads and checks the rule file at <paramref name="path"/>.</summary>
    /// <exception cref="NrfGoalsException">The file is missing or has problems; every one is listed.</exception>
    public static RuleSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadFile(path, bag);
        bag.ThrowIfErrors();
        return Parse(text, path);
    }

    /// <summary>Loads and checks a rule file from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static RuleSet Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadStream(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return Parse(text, sourceName);
    }

    /// <summary>Checks rule-file text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text has problems; every one is listed.</exception>
    public static RuleSet Parse(string yaml, string sourceName = "rules.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var root = YamlSource.LoadRoot(yaml, sourceName, "a rule set", bag);
        bag.ThrowIfErrors();
        var ruleSet = new RuleSetReader(new NodeReader(sourceName, bag), yaml).Read(root!);
        bag.ThrowIfErrors();
        return ruleSet! with { Warnings = bag.Items.ToImmutableArray() };
    }
}
