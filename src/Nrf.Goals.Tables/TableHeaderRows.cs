using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tables;

/// <summary>
/// The rows of a values table that say which report it is, written where an indicator would be named so that an Excel
/// user can fill them in: <c>rapport;;;DÅ 08</c> (also <c>rapportperiod</c>, <c>report</c>, <c>period</c>; the value
/// DÅ 04, DÅ 08 or ÅR) and <c>per;;;2023-08-31</c> (also <c>brytdatum</c>, <c>as-of</c>, <c>asOf</c>; the cut-off
/// date, in the value or the date column). A rule set's indicator of the same name is read as the indicator.
/// </summary>
internal sealed class TableHeaderRows
{
    private static readonly string[] PeriodNames = ["rapport", "rapportperiod", "report", "period"];
    private static readonly string[] AsOfNames = ["per", "brytdatum", "as-of", "asof"];

    private readonly DiagnosticBag _bag;
    private ValueCell? _periodCell;
    private ValueCell? _asOfCell;

    public TableHeaderRows(DiagnosticBag bag) => _bag = bag;

    /// <summary>The report period a row gave.</summary>
    public ReportPeriod? Period { get; private set; }

    /// <summary>The cut-off date a row gave.</summary>
    public DateOnly? AsOf { get; private set; }

    /// <summary>True when no row said which report the table is (neither period nor cut-off date).</summary>
    public bool IsEmpty => _periodCell is null && _asOfCell is null;

    /// <summary>Where the period was written; the file's start when it was not.</summary>
    public SourceLocation PeriodAt(SourceLocation file) => _periodCell?.At ?? file;

    /// <summary>Where the cut-off date was written; the file's start when it was not.</summary>
    public SourceLocation AsOfAt(SourceLocation file) => _asOfCell?.At ?? file;

    /// <summary>How to say which report a table is: in the table, or on the command line.</summary>
    public static string HowToGiveThePeriod(string file) =>
        $"add a row 'rapport' with the period ({ReportPeriodNames.ExpectedAsWritten}) to the table, e.g. rapport;;;DÅ 08, or give it on the command line (evaluate --period DÅ08, report --values {Path.GetFileName(file)}@DÅ08)";

    /// <summary>Reads <paramref name="row"/> when it is a header row (true), reporting what is wrong with it; false for any other row.</summary>
    public bool TryRead(ValueRow row, string id, RuleSet? ruleSet)
    {
        var name = id.ToLowerInvariant();
        var isPeriod = PeriodNames.Contains(name);
        var isAsOf = AsOfNames.Contains(name);
        if ((!isPeriod && !isAsOf) || ruleSet?.FindIndicator(id) is not null)
        {
            return false;
        }

        var cell = isAsOf && row.Value is not { IsEmpty: false } && row.Date is { IsEmpty: false } date ? date : row.Value;
        if (cell is null || cell.IsEmpty)
        {
            _bag.Error(row.Indicator.At, isPeriod
                ? $"the row '{id}' ({row.Indicator.Where}) gives no report period; write {ReportPeriodNames.ExpectedAsWritten} in its value column"
                : $"the row '{id}' ({row.Indicator.Where}) gives no cut-off date; write it (yyyy-mm-dd) in its value column");
            return true;
        }

        var first = isPeriod ? _periodCell : _asOfCell;
        if (first is not null)
        {
            _bag.Error(cell.At, $"the {(isPeriod ? "report period" : "cut-off date")} is given twice ({cell.Where}; first on line {first.At.Line}); keep one row");
            return true;
        }

        var text = ValueTable.Shown(cell.Text);
        if (isPeriod)
        {
            if (ReportPeriodNames.TryParse(text, out var period))
            {
                Period = period;
                _periodCell = cell;
            }
            else
            {
                _bag.Error(cell.At, $"the report period ({cell.Where}) is '{text}'; write {ReportPeriodNames.ExpectedAsWritten}");
            }

            return true;
        }

        if (cell.Date is { } d || ValueText.TryDate(text, out d))
        {
            AsOf = d;
            _asOfCell = cell;
        }
        else
        {
            _bag.Error(cell.At, $"the cut-off date ({cell.Where}) should be a date written yyyy-mm-dd, not '{text}'");
        }

        return true;
    }
}
