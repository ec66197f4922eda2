using System.CommandLine;
using System.Globalization;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>--entity --year --report --period --as-of</c>: the header of a values document given on the command line. They
/// override what a YAML/JSON document says and supply what CSV and Excel files cannot say.
/// </summary>
internal sealed class HeaderOptions
{
    private readonly Option<string?> _entity = new("--entity") { Description = "Whose values (e.g. nrf). Default for CSV/Excel: the rule set's entity." };
    private readonly Option<string?> _year = new("--year") { Description = "The year assessed. Default for CSV/Excel: the latest year in the file." };
    private readonly Option<string?> _report = new("--report") { Description = "annual (årsredovisning) or interim (delårsrapport). Default for CSV/Excel: annual." };
    private readonly Option<string?> _period = new("--period") { Description = "The report period: DÅ04, DÅ08 or ÅR (DA04, DA08, AR)." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "The cut-off date of an interim report, yyyy-mm-dd." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_entity);
        command.Options.Add(_year);
        command.Options.Add(_report);
        command.Options.Add(_period);
        command.Options.Add(_asOf);
    }

    /// <summary>
    /// The overrides given (null when none is); <paramref name="problems"/> gets a line <c>nrf-goals: --year: …</c> for each
    /// option whose value cannot be read.
    /// </summary>
    public ValuesHeaderOverrides? Read(ParseResult result, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        void Fail(string option, string message) => found.Add($"nrf-goals: {option}: {message}");

        var entity = result.GetValue(_entity);
        if (entity is not null && string.IsNullOrWhiteSpace(entity))
        {
            Fail("--entity", "the entity is empty");
        }

        int? year = null;
        if (result.GetValue(_year) is { } yearText)
        {
            if (int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 9999)
            {
                year = y;
            }
            else
            {
                Fail("--year", $"'{yearText}' is not a year like 2023");
            }
        }

        ReportKind? report = null;
        if (result.GetValue(_report) is { } reportText)
        {
            if (ReportKindNames.TryParse(reportText, out var kind))
            {
                report = kind;
            }
            else
            {
                Fail("--report", $"'{reportText}' is not a report; use annual (årsredovisning) or interim (delårsrapport)");
            }
        }

        ReportPeriod? period = null;
        if (result.GetValue(_period) is { } periodText)
        {
            if (ReportPeriodNames.TryParse(periodText, out var p))
            {
                period = p;
            }
            else
            {
                Fail("--period", $"'{periodText}' is not a report period; use {ReportPeriodNames.Expected}");
            }
        }

        DateOnly? asOf = null;
        if (result.GetValue(_asOf) is { } asOfText)
        {
            if (TryAsOf(asOfText, out var d))
            {
                asOf = d;
            }
            else
            {
                Fail("--as-of", NotADate(asOfText));
            }
        }

        if (found.Count > 0)
        {
            return null;
        }

        var overrides = new ValuesHeaderOverrides { Entity = entity?.Trim(), Year = year, Report = report, Period = period, AsOf = asOf };
        return overrides.IsEmpty ? null : overrides with { At = new SourceLocation(Given(result), 1, 1) };
    }

    /// <summary>The header options as given, <c>--period DÅ04 --as-of 2023-08-31</c>: where a problem with the facts they give is blamed.</summary>
    private string Given(ParseResult result) => string.Join(' ', new Option<string?>[] { _entity, _year, _report, _period, _asOf }
        .Where(o => result.GetValue(o) is not null)
        .Select(o => $"{o.Name} {result.GetValue(o)}"));

    /// <summary>Reads a cut-off date written yyyy-mm-dd.</summary>
    public static bool TryAsOf(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The problem with a cut-off date that is not one.</summary>
    public static string NotADate(string text) => $"'{text}' is not a date written yyyy-mm-dd";
}
