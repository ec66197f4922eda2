using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads a values document: YAML, or JSON of the same structure. Given the rule set, it also checks the values against
/// it through <see cref="ValuesDocumentBuilder"/>, as every values reader does: shapes, breakdown keys, yes/no versus
/// numbers, the entity and the rule set's validity — the same checks, with the same words, for every format. Values
/// tables (CSV, Excel) are read by <c>ValuesTables</c> in the Nrf.Goals.Tables package, which hands YAML and JSON here.
/// </summary>
public static class ValuesLoader
{
    /// <summary>The extensions of the values files this class reads: <c>.yaml</c>, <c>.yml</c> and <c>.json</c>, in lower case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json"];

    /// <summary>
    /// Loads the values file at <paramref name="path"/>, by its extension (.yaml, .yml, .json); with
    /// <paramref name="ruleSet"/>, checks it against the rule set. <paramref name="overrides"/> replace the header (entity,
    /// year, report, period, asOf).
    /// </summary>
    /// <exception cref="NrfGoalsException">The file is missing, of an unknown kind, or has problems; every one is listed.</exception>
    public static ValuesDocument Load(string path, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        if (!Directory.Exists(path))
        {
            // A folder has no extension either; reading it says "is a folder", not "not a values format".
            CheckFormat(path, bag);
            bag.ThrowIfErrors();
        }

        var bytes = InputFile.ReadBytes(path, bag);
        bag.ThrowIfErrors();
        return Read(bytes!, path, ruleSet, overrides);
    }

    /// <summary>Loads values from a stream; <paramref name="sourceName"/> names it in errors and its extension, if any, must be one of <see cref="Extensions"/>.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static ValuesDocument Load(Stream stream, string sourceName, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        if (Path.HasExtension(sourceName))
        {
            CheckFormat(sourceName, bag);
            bag.ThrowIfErrors();
        }

        var bytes = InputFile.ReadBytes(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return Read(bytes!, sourceName, ruleSet, overrides);
    }

    /// <summary>Reads values from YAML or JSON text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text has problems; every one is listed.</exception>
    public static ValuesDocument Parse(string text, string sourceName = "values.yaml", RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var root = YamlSource.LoadRoot(text, sourceName, "a values document", bag);
        bag.ThrowIfErrors();
        var document = new ValuesDocumentReader(new NodeReader(sourceName, bag), ruleSet, overrides).Read(root!);
        bag.ThrowIfErrors();
        return document! with { Warnings = bag.Items.ToImmutableArray() };
    }

    private static ValuesDocument Read(byte[] bytes, string name, RuleSet? ruleSet, ValuesHeaderOverrides? overrides)
    {
        var bag = new DiagnosticBag();
        var text = InputText.Decode(bytes, name, bag);
        bag.ThrowIfErrors();
        return Parse(text, name, ruleSet, overrides);
    }

    /// <summary>Reports a name whose extension is not one of <see cref="Extensions"/>.</summary>
    private static void CheckFormat(string name, DiagnosticBag bag)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            // The tables package reads every format; this one does not know which formats that is.
            bag.Error(new SourceLocation(name, 1, 1), $"{(extension.Length == 0 ? "a file without an extension" : $"'{extension}'")} is not a values format ValuesLoader reads (.yaml, .yml, .json); values tables are read by ValuesTables.Load(path, ruleSet) in the Nrf.Goals.Tables package, which reads every values format");
        }
    }
}
