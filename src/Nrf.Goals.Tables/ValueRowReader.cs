using System.Globalization;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tables;

/// <summary>
/// Reads one row of a values table into a statement for the <see cref="ValuesDocumentBuilder"/>: the indicator, its
/// year, breakdown key or date, what the value covers and the value, each from its cell. What is wrong with a cell is
/// reported at the cell, in a table's terms (which column to fill or leave empty); every problem of a row is reported,
/// and a row with any is not stated.
/// </summary>
internal sealed class ValueRowReader(string file, ValuesDocumentBuilder builder, TableHeaderRows headerRows)
{
    private readonly DiagnosticBag _bag = builder.Diagnostics;
    private readonly TableCells _cells = new(builder.Diagnostics);

    /// <summary>The latest year the year column names: the assessed year unless one is given.</summary>
    public int? LatestYear { get; private set; }

    /// <summary>The latest year of a series date: the assessed year only when no row has a year.</summary>
    public int? LatestDateYear { get; private set; }

    /// <summary>Reads <paramref name="row"/>, states its value to the builder when the row is sound, and reports what is wrong with it.</summary>
    public void Read(ValueRow row)
    {
        if (IndicatorOf(row) is not { } id || !builder.TryIndicator(id, row.Indicator.At, out var indicator))
        {
            return;
        }

        var what = $"'{id}'";
        var ok = true;
        int? year = null;
        if (row.Year is { IsEmpty: false } yearCell)
        {
            year = _cells.Year(yearCell, what);
            ok &= year is not null;
            LatestYear = Later(LatestYear, year);
        }

        DateOnly? date = null;
        if (row.Date is { IsEmpty: false } dateCell)
        {
            date = _cells.Date(dateCell, what);
            ok &= date is not null;
            LatestDateYear = Later(LatestDateYear, date?.Year);
        }

        var key = row.Breakdown is { IsEmpty: false } keyCell ? keyCell.Number?.ToString(CultureInfo.InvariantCulture) ?? keyCell.Text.Trim() : null;
        var kind = indicator is not null ? ValuesDocumentBuilder.KindOf(indicator) : KindWithout(row.Value, key, date, what);
        ok &= TableShape.Check(row, kind, indicator, key, date, year, what, _bag);
        ok &= row.Covers is not { IsEmpty: false } coversCell || StateCovers(id, coversCell, what);
        var statement = Statement(row, id, kind, year, key, date);
        ok &= builder.CheckKey(statement);
        if (row.Value is not { IsEmpty: false } value)
        {
            _bag.Error(row.Value?.At ?? row.Indicator.At, $"{statement.Describe()} has no value ({row.Value?.Where ?? "no value column"}); write the value or delete the row");
            return;
        }

        StateValue(row, statement, value, indicator, ok);
    }

    private static int? Later(int? latest, int? year) => year is { } y && (latest is null || y > latest) ? y : latest;

    /// <summary>What a row states whose indicator is not known (there is no rule set), by what its cells hold.</summary>
    private static ValueKind KindWithout(ValueCell? value, string? key, DateOnly? date, string what)
    {
        if (date is not null)
        {
            return ValueKind.Observation;
        }

        if (key is not null)
        {
            return ValueKind.Keyed;
        }

        if (value is { Flag: not null } || (value is { Number: null } && ValueText.TryYesNo(value.Text, out _)))
        {
            return ValueKind.YesNo;
        }

        return value is { Number: null } && GoalStatusNames.TryParseAssessment(value.Text, out _) ? ValueKind.Assessment : ValueKind.Number;
    }

    /// <summary>What a value cell says for a value that is missing, with the reason in the comment cell: <c>saknas</c> (or <c>missing</c>).</summary>
    private static readonly string[] MissingWords = ["saknas", "missing"];

    private static string? Text(ValueCell? cell) => cell is { IsEmpty: false } ? cell.Text.Trim() : null;

    /// <summary>The row's indicator id; null for an empty row, a row without one (reported) or a header row (read).</summary>
    private string? IndicatorOf(ValueRow row)
    {
        var id = row.Indicator.Text.Trim();
        var cells = new[] { row.Indicator, row.Year, row.Breakdown, row.Value, row.Date, row.Comment, row.AssessedBy, row.Covers };
        if (cells.All(c => c is null || c.IsEmpty))
        {
            return null;
        }

        if (id.Length == 0)
        {
            _bag.Error(row.Indicator.At, $"the indicator is missing ({row.Indicator.Where}); every row names the indicator its value is for");
            return null;
        }

        return headerRows.TryRead(row, id, builder.RuleSet) ? null : id;
    }

    /// <summary>States what a row says its value covers; every row of one indicator must say the same.</summary>
    private bool StateCovers(string id, ValueCell cell, string what)
    {
        var text = ValueTable.Shown(cell.Text);
        if (!ValuePeriodNames.TryParse(text, out var period))
        {
            _bag.Error(cell.At, $"the covers column of {what} ({cell.Where}) says '{text}'; write {ValuePeriodNames.Expected}");
            return false;
        }

        return builder.StateCovers(id, period, cell.At, cell.Where);
    }

    private ValueStatement Statement(ValueRow row, string id, ValueKind kind, int? year, string? key, DateOnly? date) =>
        new(id, kind, new SourceLocation(file, row.Line, 1))
        {
            IndicatorAt = row.Indicator.At,
            Year = year,
            YearAt = row.Year?.At,
            Key = kind == ValueKind.Keyed ? key : null,
            KeyAt = row.Breakdown?.At,
            KeyPlace = row.Breakdown?.Where,
            Date = kind == ValueKind.Observation ? date : null,
            ValueAt = row.Value?.At,
            ValuePlace = row.Value?.Where,
            Comment = kind is ValueKind.Assessment or ValueKind.Activity ? null : Text(row.Comment),
            CommentAt = row.Comment?.At,
            CommentPlace = row.Comment?.Where,
        };

    /// <summary>Reads the value by the statement's kind, reporting what is wrong with it, and states it when the whole row is sound (<paramref name="ok"/>).</summary>
    private void StateValue(ValueRow row, ValueStatement statement, ValueCell value, Indicator? indicator, bool ok)
    {
        var what = $"'{statement.Indicator}'";
        var shown = ValueTable.Shown(value.Text);
        if (statement.Kind is ValueKind.Number or ValueKind.Keyed or ValueKind.YesNo && value.Number is null && MissingWords.Contains(shown.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            // saknas in the value cell, the reason in the comment cell: the table's {missing: reason}.
            if (Text(row.Comment) is not { } reason)
            {
                _bag.Error(value.At, $"{statement.Describe()} ({value.Where}) is '{shown.Trim()}': say why in the comment (kommentar) column, e.g. saknas i Kolada, so that the goals that read it can say why they cannot be assessed");
            }
            else if (ok)
            {
                builder.AddMissing(statement with { ValueAt = row.Comment!.At, ValuePlace = row.Comment.Where }, reason);
            }

            return;
        }

        switch (statement.Kind)
        {
            case ValueKind.Assessment:
                if (!GoalStatusNames.TryParseAssessment(shown, out var status))
                {
                    _bag.Error(value.At, $"{GoalStatusNames.AssessmentRefusal(shown, what)} ({value.Where})");
                }
                else if (ok)
                {
                    builder.AddAssessment(statement, new ManualAssessment(status, Text(row.Comment), Text(row.AssessedBy)));
                }

                break;
            case ValueKind.Activity:
                if (!ActivityStateNames.TryParse(shown, out var state))
                {
                    _bag.Error(value.At, ActivityStateNames.Refusal(shown, $"{what} ({value.Where})"));
                }
                else if (ok)
                {
                    builder.AddActivity(statement, new ActivityReport(state, Text(row.Comment), Text(row.AssessedBy)));
                }

                break;
            case ValueKind.YesNo:
                if (value.Flag is not { } flag && !ValueText.TryYesNo(value.Text, out flag))
                {
                    _bag.Error(value.At, $"{statement.Describe()} ({value.Where}) is yes/no: write true or false (ja/nej, SANT/FALSKT), not '{shown}'");
                }
                else if (ok)
                {
                    builder.AddYesNo(statement, flag);
                }

                break;
            default:
                if (_cells.Number(value, indicator, statement.Describe()) is var (number, written) && builder.CheckNumber(statement, number, written) && ok)
                {
                    builder.AddNumber(statement, number, written);
                }

                break;
        }
    }
}
