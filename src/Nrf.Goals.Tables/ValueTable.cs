using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tables;

/// <summary>
/// Turns the rows of a values table (CSV or Excel) into a values document through the core's
/// <see cref="ValuesDocumentBuilder"/>, so a table gets every check a YAML values document gets, with the same words.
/// Entity, year and report come from <see cref="ValuesHeaderOverrides"/>, the table's own header rows (see
/// <see cref="TableHeaderRows"/>) or defaults: the rule set's entity, the latest year in the table, an annual report —
/// which, when nothing says which report the table is, is assumed with a warning and marked on the document.
/// </summary>
internal static class ValueTable
{
    /// <summary>Reads <paramref name="rows"/> into a document; problems go to <paramref name="bag"/>.</summary>
    /// <exception cref="NrfGoalsException">A row or the header has an error; every problem is listed.</exception>
    public static ValuesDocument Read(string file, IReadOnlyList<ValueRow> rows, RuleSet? ruleSet, ValuesHeaderOverrides? overrides, DiagnosticBag bag)
    {
        var builder = new ValuesDocumentBuilder(ruleSet, ValuesSourceForm.Table, bag);
        var headerRows = new TableHeaderRows(bag);
        var reader = new ValueRowReader(file, builder, headerRows);
        foreach (var row in rows)
        {
            reader.Read(row);
        }

        var fileAt = new SourceLocation(file, 1, 1);

        // Series dates decide only when no row gives a year: one January observation must not move the assessed year on.
        var latest = reader.LatestYear ?? reader.LatestDateYear;
        var entity = overrides?.Entity ?? ruleSet?.Entity;
        var year = overrides?.Year ?? latest;
        var given = new ValuesHeaderFacts(
            entity, fileAt, year, fileAt, null, headerRows.Period, headerRows.PeriodAt(fileAt), headerRows.AsOf, headerRows.AsOfAt(fileAt)).With(overrides);
        var assumed = given is { Report: null, Period: null, AsOf: null };
        if (entity is null)
        {
            bag.Error(fileAt, "a CSV or Excel file does not say whose values these are and the rule set names no entity; give the entity (--entity)");
        }

        if (year is null)
        {
            bag.Error(fileAt, "the file gives no year: fill the year column (or the date column of dated series) or give the year (--year)");
        }

        builder.SetHeader(given with { Report = given.Report ?? DefaultReport(given.Period, given.AsOf) });
        var document = builder.Build() with { ReportAssumed = assumed };
        if (!assumed)
        {
            return document;
        }

        // Said only of a table that loads: beside its errors the guess would be noise.
        bag.Warning(fileAt, $"no report period given; read as the annual report (ÅR) {year} — {TableHeaderRows.HowToGiveThePeriod(file)}", DiagnosticCodes.ReportAssumed);
        return document with { Warnings = bag.Items.ToImmutableArray() };
    }

    /// <summary>A cell's text as a message quotes it: on one line, and cut short when a broken quote swallowed many lines.</summary>
    public static string Shown(string text)
    {
        var line = text.Trim().Replace("\r\n", " ↵ ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= 40 ? line : line[..40] + "…";
    }

    /// <summary>
    /// The report a table is for when none is given: a delårsrapport (interim) when the period is DÅ 04 or DÅ 08 or the
    /// cut-off date is before 31 December, as a YAML document's asOf says it; otherwise an årsredovisning (annual).
    /// </summary>
    private static ReportKind DefaultReport(ReportPeriod? period, DateOnly? asOf) => (period, asOf) switch
    {
        (ReportPeriod.Interim04 or ReportPeriod.Interim08, _) => ReportKind.Interim,
        (null, { } cutOff) when cutOff.Month != 12 || cutOff.Day != 31 => ReportKind.Interim,
        _ => ReportKind.Annual,
    };
}
