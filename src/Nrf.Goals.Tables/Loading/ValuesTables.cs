using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads values files of every format: values tables from CSV or Excel (.xlsx) with the columns
/// <c>indicator;year;breakdown;value</c> (+ <c>date</c>, <c>comment</c>; in Swedish <c>indikator;år;nedbrytning;värde</c>),
/// and YAML or JSON values documents through <see cref="ValuesLoader"/>. Given the rule set, the values are checked
/// against it with the same checks and words as a YAML document.
/// </summary>
public static class ValuesTables
{
    /// <summary>
    /// Loads the values file at <paramref name="path"/>, by its extension (.csv, .xlsx, .yaml, .yml, .json); with
    /// <paramref name="ruleSet"/>, checks it against the rule set. <paramref name="overrides"/> replace the header (entity,
    /// year, report, period, asOf) — for a table without a header, they replace the defaults.
    /// </summary>
    /// <exception cref="NrfGoalsException">The file is missing, of an unknown kind, or has problems; every one is listed.</exception>
    public static ValuesDocument Load(string path, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (bytes, format) = ValuesLoader.ReadInput(path);
        return Read(bytes, path, format, ruleSet, overrides);
    }

    /// <summary>Loads values from a stream; <paramref name="sourceName"/> names it in errors and its extension picks the format.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static ValuesDocument Load(Stream stream, string sourceName, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var (bytes, format) = ValuesLoader.ReadInput(stream, sourceName);
        return Read(bytes, sourceName, format, ruleSet, overrides);
    }

    private static ValuesDocument Read(byte[] bytes, string name, string format, RuleSet? ruleSet, ValuesHeaderOverrides? overrides)
    {
        if (format is not (".csv" or ".xlsx"))
        {
            return ValuesLoader.Read(bytes, name, format, ruleSet, overrides);
        }

        var bag = new DiagnosticBag();
        var rows = format == ".csv" ? CsvValues.Read(bytes, name, bag) : XlsxValues.Read(bytes, name, bag);
        var document = rows is null ? null : ValueTable.Read(name, rows, ruleSet, overrides, bag);
        bag.ThrowIfErrors();
        return document! with { Warnings = bag.Items.ToImmutableArray() };
    }
}
