using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.Tables;

/// <summary>
/// Checks that a row fills the cells its indicator's shape asks for, and no others: a date for a dated series and only
/// for one, a breakdown key for a broken-down indicator and only for one. Each problem is reported at the cell to fill or
/// empty, saying which column, so the rows that make no statement are refused in the table's own terms.
/// </summary>
internal static class TableShape
{
    /// <summary>True when the row's cells fit <paramref name="kind"/>; otherwise false after reporting each misfit.</summary>
    public static bool Check(ValueRow row, ValueKind kind, Indicator? indicator, string? key, DateOnly? date, int? year, string what, DiagnosticBag bag)
    {
        var ok = true;
        void Fail(ValueCell cell, string message)
        {
            bag.Error(cell.At, $"{message} ({cell.Where})");
            ok = false;
        }

        if (kind == ValueKind.Observation)
        {
            if (date is null && row.Date is not { IsEmpty: false })
            {
                Fail(row.Date ?? row.Indicator, $"{what} is a dated series; give each observation's date (yyyy-mm-dd) in a date column");
            }

            if (key is not null)
            {
                Fail(row.Breakdown!, $"{what} is a dated series and is not broken down by any key; leave breakdown empty");
            }

            if (date is { } d && year is { } y && d.Year != y)
            {
                Fail(row.Year!, $"{what}: the year {y} does not match the date {d:yyyy-MM-dd}");
            }

            return ok;
        }

        if (date is not null)
        {
            Fail(row.Date!, $"{what} is not a dated series; leave date empty");
        }

        if (kind == ValueKind.Keyed && key is null)
        {
            var dimension = indicator!.Dimension!;
            Fail(row.Breakdown ?? row.Indicator, $"{what} is broken down by {dimension.Name}; give the key ({MessageList.Join(dimension.Keys)}) in a breakdown column");
        }

        if (kind != ValueKind.Keyed && key is not null)
        {
            Fail(row.Breakdown!, kind is ValueKind.Assessment or ValueKind.Activity
                ? $"{what} is {(kind == ValueKind.Activity ? "an activity" : "a manual assessment")} and is not broken down by any key; leave breakdown empty"
                : $"{what} is not broken down by any key; leave breakdown empty");
        }

        return ok;
    }
}
