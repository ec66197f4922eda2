using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Words;

/// <summary>
/// What a reported number is, in a report's words, from what its indicator covers (<see cref="Indicator.Period"/>) and
/// the report it is in: in DÅ 08 a year's number is the forecast (<c>Prognos helår</c>), a year-to-date share the outcome
/// so far (<c>Utfall jan–aug</c>), a tertial's count T2's outcome (<c>Utfall T2 (maj–aug)</c>) and a waiting list its
/// state on the cut-off date (<c>Läge 31 augusti</c>); in the årsredovisning a year's number is the outcome (<c>Utfall</c>).
/// </summary>
public static class ValuePeriodText
{
    /// <summary>
    /// What a number of an indicator covering <paramref name="period"/> (null: not declared, read as the year) is in a
    /// report: <c>Prognos helår</c>, <c>Utfall jan–aug</c>, <c>Utfall T2 (maj–aug)</c>, <c>Läge 31 augusti</c>, <c>Utfall</c>.
    /// Kinds that cover the same months in the report read the same (in DÅ 04 the tertial is the year to date, in ÅR the
    /// year to date is the year), so a table says "mixed" only where the numbers differ in kind.
    /// </summary>
    public static string Heading(ValuePeriod? period, ReportKind report, ReportPeriod? reportPeriod, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        var annual = report == ReportKind.Annual;
        var kind = period ?? ValuePeriod.Year;
        if (reportPeriod is not { } r)
        {
            return (kind, annual) switch
            {
                (ValuePeriod.Year or ValuePeriod.YearToDate, true) => swedish ? "Utfall" : "Actual",
                (ValuePeriod.Year, false) => swedish ? "Prognos helår" : "Forecast, full year",
                (ValuePeriod.YearToDate, false) => swedish ? "Utfall hittills i år" : "Actual, year to date",
                (ValuePeriod.Tertial, _) => swedish ? "Utfall för tertialet" : "Actual, the tertial",
                _ => swedish ? "Läge vid periodens slut" : "Position at the end of the period",
            };
        }

        var (from, to) = ReportPeriodDates.Span(kind, r);
        if (kind == ValuePeriod.AsOf)
        {
            var day = r == ReportPeriod.Interim04 ? 30 : 31;
            return swedish ? $"Läge {DateText.Day(to, day, language)}" : $"Position at {DateText.Day(to, day, language)}";
        }

        if (from == 1 && to == 12)
        {
            return (swedish, r == ReportPeriod.Annual) switch
            {
                (true, true) => "Utfall",
                (true, false) => "Prognos helår",
                (false, true) => "Actual",
                _ => "Forecast, full year",
            };
        }

        // The tertial of DÅ 04 is the year to date; elsewhere a tertial is named with its months.
        var months = DateText.Months(from, to, language);
        return kind == ValuePeriod.Tertial && from != 1
            ? (swedish ? $"Utfall {ReportPeriodNames.Tertial(r)} ({months})" : $"Actual {ReportPeriodNames.Tertial(r)} ({months})")
            : (swedish ? $"Utfall {months}" : $"Actual {months}");
    }

    /// <summary>The heading of a column whose numbers differ in kind, each cell saying its own: <c>Prognos/utfall</c>, <c>Utfall</c>.</summary>
    public static string MixedHeading(ReportKind report, ReportLanguage language) => (language == ReportLanguage.Swedish, report == ReportKind.Annual) switch
    {
        (true, true) => "Utfall",
        (true, false) => "Prognos/utfall",
        (false, true) => "Actual",
        _ => "Forecast/actual",
    };

    /// <summary>
    /// The part of the year another year's number of the same kind covers, to name with its year: <c>T2</c> ("T2 2019"),
    /// <c>jan–aug</c>, <c>31 augusti</c>; null for a year's number ("2019").
    /// </summary>
    public static string? Within(ValuePeriod? period, ReportPeriod? reportPeriod, ReportLanguage language)
    {
        if (period is not { } kind || reportPeriod is not { } r)
        {
            return null;
        }

        var (from, to) = ReportPeriodDates.Span(kind, r);
        return kind switch
        {
            ValuePeriod.AsOf => DateText.Day(to, r == ReportPeriod.Interim04 ? 30 : 31, language),
            _ when from == 1 && to == 12 => null,
            ValuePeriod.Tertial when from != 1 => ReportPeriodNames.Tertial(r),
            _ => DateText.Months(from, to, language),
        };
    }

    /// <summary>
    /// When another year's number of the same kind was counted, as a phrase after the number: <c>år 2019</c>,
    /// <c>under T2 2019</c>, <c>under jan–aug 2019</c>, <c>den 31 augusti 2019</c> (<c>in 2019</c>, <c>on 31 August 2019</c>).
    /// </summary>
    public static string In(int year, ValuePeriod? period, ReportPeriod? reportPeriod, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        var within = Within(period, reportPeriod, language);
        return (within, period) switch
        {
            (null, _) => swedish ? $"år {year}" : $"in {year}",
            (_, ValuePeriod.AsOf) => swedish ? $"den {within} {year}" : $"on {within} {year}",
            _ => swedish ? $"under {within} {year}" : $"in {within} {year}",
        };
    }
}
