using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tables;

/// <summary>
/// Loads values files of every format: values tables from CSV or Excel (.xlsx) with the columns
/// <c>indicator;year;breakdown;value</c> (+ <c>date</c>, <c>comment</c>; in Swedish <c>indikator;år;nedbrytning;värde</c>),
/// and YAML or JSON values documents through <see cref="ValuesLoader"/>. Given the rule set, the values are checked
/// against it with the same checks and words as a YAML document (<see cref="ValuesDocumentBuilder"/>).
/// </summary>
public static class ValuesTables
{
    /// <summary>The extensions of the values tables this package reads itself.</summary>
    private static readonly string[] TableExtensions = [".csv", ".xlsx"];

    /// <summary>
    /// Loads the values file at <paramref name="path"/>, by its extension (.csv, .xlsx, .yaml, .yml, .json); with
    /// <paramref name="ruleSet"/>, checks it against the rule set. <paramref name="overrides"/> replace the header (entity,
    /// year, report, period, asOf) — for a table without a header, they replace the defaults.
    /// </summary>
    /// <exception cref="NrfGoalsException">The file is missing, of an unknown kind, or has problems; every one is listed.</exception>
    public static ValuesDocument Load(string path, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = Path.GetExtension(path).ToLowerInvariant();

        if (Directory.Exists(path))
        {
            // A folder has no extension either; the core's reader says "is a folder", not "not a values format".
            return ValuesLoader.Load(path, ruleSet, overrides);
        }

        if (!TableExtensions.Contains(format))
        {
            ThrowIfUnknown(path, format);
            return ValuesLoader.Load(path, ruleSet, overrides);
        }

        var bag = new DiagnosticBag();
        var bytes = InputFile.ReadBytes(path, bag);
        bag.ThrowIfErrors();
        return Read(bytes!, path, format, ruleSet, overrides);
    }

    /// <summary>Loads values from a stream; <paramref name="sourceName"/> names it in errors and its extension picks the format (YAML without one).</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static ValuesDocument Load(Stream stream, string sourceName, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var format = Path.GetExtension(sourceName).ToLowerInvariant();
        if (!TableExtensions.Contains(format))
        {
            if (Path.HasExtension(sourceName))
            {
                ThrowIfUnknown(sourceName, format);
            }

            return ValuesLoader.Load(stream, sourceName, ruleSet, overrides);
        }

        var bag = new DiagnosticBag();
        var bytes = InputFile.ReadBytes(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return Read(bytes!, sourceName, format, ruleSet, overrides);
    }

    /// <summary>Refuses an extension that neither this package nor the core reads, naming every one that is read.</summary>
    private static void ThrowIfUnknown(string name, string format)
    {
        if (ValuesLoader.Extensions.Contains(format))
        {
            return;
        }

        string[] all = [.. ValuesLoader.Extensions, .. TableExtensions];
        var message = format == ".xls"
            ? "old Excel files (.xls) are not read; save the workbook as .xlsx (Excel-arbetsbok) or as CSV"
            : $"{(format.Length == 0 ? "a file without an extension" : $"'{format}'")} is not a values format; use {string.Join(", ", all[..^1])} or {all[^1]}";
        throw new NrfGoalsException([new Diagnostic(new SourceLocation(name, 1, 1), message)]);
    }

    private static ValuesDocument Read(byte[] bytes, string name, string format, RuleSet? ruleSet, ValuesHeaderOverrides? overrides)
    {
        var bag = new DiagnosticBag();
        var rows = format == ".csv" ? CsvValues.Read(bytes, name, bag) : XlsxValues.Read(bytes, name, bag);
        if (rows is null)
        {
            bag.ThrowIfErrors();
        }

        return ValueTable.Read(name, rows!, ruleSet, overrides, bag);
    }
}
