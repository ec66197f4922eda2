using System.Globalization;
using System.Text.RegularExpressions;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.Tables;

/// <summary>
/// Reads the year, date and number cells of a values table, Excel's typed cells and text cells alike, and reports a
/// cell that cannot be read at the cell. A cell formatted or written as per cent is read as the number shown only where
/// the indicator's unit is %.
/// </summary>
internal sealed partial class TableCells(DiagnosticBag bag)
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    /// <summary>The year in <paramref name="cell"/>; null after reporting one that is no year.</summary>
    public int? Year(ValueCell cell, string what)
    {
        // A number cell outside int's range (1E+20) is no year; it keeps its text so the message can quote it.
        var text = cell.Number is { } n && n == decimal.Truncate(n) && Math.Abs(n) < 1_000_000_000m ? ((long)n).ToString(CultureInfo.InvariantCulture) : ValueTable.Shown(cell.Text);
        if (ValueText.TryInteger(text, out var year) && year is >= 1000 and <= 9999)
        {
            return year;
        }

        bag.Error(cell.At, $"the year of {what} ({cell.Where}) should be a year like 2023, not '{text}'");
        return null;
    }

    /// <summary>The date in <paramref name="cell"/>; null after reporting one that is no date.</summary>
    public DateOnly? Date(ValueCell cell, string what)
    {
        if (cell.Date is { } d)
        {
            return d;
        }

        var text = ValueTable.Shown(cell.Text);
        if (ValueText.TryDate(text, out var date))
        {
            return date;
        }

        bag.Error(cell.At, DateShape().IsMatch(text)
            ? $"the date of {what} ({cell.Where}): {text} is not a date in the calendar"
            : $"the date of {what} ({cell.Where}) should be a date written yyyy-mm-dd, not '{text}'");
        return null;
    }

    /// <summary>The number in <paramref name="cell"/> and how it is written, for messages; null after reporting.</summary>
    /// <param name="cell">The value cell.</param>
    /// <param name="indicator">The indicator, whose unit says whether a per-cent cell means the number shown.</param>
    /// <param name="described">The value as messages name it.</param>
    public (decimal Number, string Written)? Number(ValueCell cell, Indicator? indicator, string described)
    {
        var value = cell;
        if (value.IsPercent && value.Number is { } fraction)
        {
            if (PerCent(fraction, value, indicator, described) is not { } shown)
            {
                return null;
            }

            value = value with { Number = shown, Text = shown.ToString(CultureInfo.InvariantCulture) };
        }

        if (value.Number is null && ValueText.TryPerCentText(value.Text, out var perCent) && ValueText.TryNumber(perCent, out var shownNumber, out _))
        {
            // A CSV cell keeps Excel's per-cent format as text ("15,5 %"): the number shown, as for a per-cent
            // workbook cell, and only where the unit is % (for any other unit either reading could be meant).
            if (!PerCentTextFits(value, indicator, described, perCent))
            {
                return null;
            }

            value = value with { Number = shownNumber };
        }

        if (value.Number is { } exact || ValueText.TryNumber(value.Text, out exact, out _))
        {
            return (exact, ValueTable.Shown(value.Text));
        }

        ValueText.TryNumber(ValueTable.Shown(value.Text), out _, out var notANumber);
        bag.Error(value.At, $"{described} ({value.Where}): {notANumber}");
        return null;
    }

    /// <summary>
    /// The number a cell formatted as per cent means: Excel stores 15,5 % as 0,155 and the analyst means 15,5 where the
    /// indicator's unit is %, as rule files write shares. For any other unit (andel, a count, kronor) either reading could
    /// be meant, so the cell is refused rather than guessed; null after reporting.
    /// </summary>
    private decimal? PerCent(decimal fraction, ValueCell cell, Indicator? indicator, string described)
    {
        var shown = Math.Abs(fraction) <= decimal.MaxValue / 100m ? fraction * 100m : (decimal?)null;
        var shownText = shown?.ToString(CultureInfo.InvariantCulture) ?? $"{fraction.ToString(CultureInfo.InvariantCulture)} × 100";
        if (indicator?.Unit != "%")
        {
            bag.Error(cell.At, $"{described} ({cell.Where}) is formatted as per cent ({shownText} %), but the indicator's unit {UnitNot(indicator)}; format the cell as a number showing the value meant (e.g. {fraction.ToString(CultureInfo.InvariantCulture)}), or declare the unit \"%\"");
            return null;
        }

        if (shown is null)
        {
            bag.Error(cell.At, $"{described} ({cell.Where}) is formatted as per cent and {shownText} is too large for a decimal number");
        }

        return shown;
    }

    /// <summary>Whether a cell written as per cent ("15,5 %") may be read as the number shown; reports it when not.</summary>
    private bool PerCentTextFits(ValueCell cell, Indicator? indicator, string described, string number)
    {
        if (indicator?.Unit == "%")
        {
            return true;
        }

        bag.Error(cell.At, $"{described} ({cell.Where}) is written as per cent ('{ValueTable.Shown(cell.Text)}'), but the indicator's unit {UnitNot(indicator)}; write the number without '%' if {number} is meant, or declare the unit \"%\"");
        return false;
    }

    private static string UnitNot(Indicator? indicator) =>
        indicator is null ? "is not known without the rule set" : indicator.Unit is { } u ? $"is '{u}', not '%'" : "is not '%'";
}
