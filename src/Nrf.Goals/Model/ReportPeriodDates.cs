namespace Nrf.Goals.Model;

/// <summary>
/// The months each report period closes, as a report's cut-off date falls in them: DÅ 04 closes the first tertial
/// (January–April, cut off by 30 April), DÅ 08 the second (May–August, by 31 August), ÅR the year (by 31 December).
/// </summary>
public static class ReportPeriodDates
{
    /// <summary>The last month of the tertial <paramref name="period"/> closes: 4, 8 or 12.</summary>
    public static int LastMonth(ReportPeriod period) => period switch
    {
        ReportPeriod.Interim04 => 4,
        ReportPeriod.Interim08 => 8,
        _ => 12,
    };

    /// <summary>The report whose tertial <paramref name="cutOff"/> falls in: a cut-off in May is in DÅ 08, one in October in ÅR.</summary>
    public static ReportPeriod Of(DateOnly cutOff) => cutOff.Month switch
    {
        <= 4 => ReportPeriod.Interim04,
        <= 8 => ReportPeriod.Interim08,
        _ => ReportPeriod.Annual,
    };

    /// <summary>The last day of <paramref name="period"/> in <paramref name="year"/>: 30 April, 31 August or 31 December.</summary>
    public static DateOnly End(ReportPeriod period, int year)
    {
        var month = LastMonth(period);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>The first and last month a kind of value covers in <paramref name="report"/> (a state on a date: that date's month).</summary>
    public static (int From, int To) Span(ValuePeriod period, ReportPeriod report)
    {
        var last = LastMonth(report);
        return period switch
        {
            ValuePeriod.Tertial => (last - 3, last),
            ValuePeriod.YearToDate => (1, last),
            ValuePeriod.Year => (1, 12),
            _ => (last, last),
        };
    }

    /// <summary>
    /// Whether a number that covers <paramref name="period"/> (null: not declared, read as the year) is a forecast (prognos)
    /// in a report: a year's number in a delårsrapport, whose months after the cut-off are still to come. A tertial, the
    /// year to date and a state on the cut-off date are outcomes in every report.
    /// </summary>
    /// <param name="period">What the number covers.</param>
    /// <param name="interim">True in a delårsrapport (DÅ 04, DÅ 08).</param>
    public static bool IsForecast(ValuePeriod? period, bool interim) => interim && period is null or ValuePeriod.Year;

    /// <summary>
    /// The report period of an interim report cut off on <paramref name="cutOff"/>: DÅ 04 by the end of April, DÅ 08 by
    /// the end of August; null after August, which no delårsrapport covers.
    /// </summary>
    public static ReportPeriod? OfInterim(DateOnly cutOff) => Of(cutOff) is var period && period == ReportPeriod.Annual ? null : period;

    /// <summary>The months of the tertial <paramref name="period"/> closes, in words: <c>May–August</c>.</summary>
    public static string Months(ReportPeriod period) => period switch
    {
        ReportPeriod.Interim04 => "January–April",
        ReportPeriod.Interim08 => "May–August",
        _ => "September–December",
    };
}
