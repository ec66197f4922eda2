using Nrf.Goals.Words;

namespace Nrf.Goals.Model;

/// <summary>
/// The one place for <see cref="ValuePeriod"/>: its names in rule files, values documents and table cells (<c>tertial</c>,
/// <c>yearToDate</c>, <c>year</c>, <c>asOf</c>; in Swedish <c>tertial</c>, <c>ackumulerat</c>, <c>helår</c>, <c>nuläge</c>),
/// the months a kind covers in a report, and when a value must say what it covers.
/// </summary>
public static class ValuePeriodNames
{
    /// <summary>The names a rule file or a values document writes, for messages.</summary>
    public const string Expected = "tertial, yearToDate, year or asOf (in Swedish tertial, ackumulerat, helår, nuläge)";

    /// <summary>The name rule files and values documents use: <c>tertial</c>, <c>yearToDate</c>, <c>year</c>, <c>asOf</c>.</summary>
    public static string Name(ValuePeriod period) => period switch
    {
        ValuePeriod.Tertial => "tertial",
        ValuePeriod.YearToDate => "yearToDate",
        ValuePeriod.Year => "year",
        _ => "asOf",
    };

    /// <summary>Reads a name, English or Swedish, without regard to case; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string? text, out ValuePeriod period)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "tertial":
                period = ValuePeriod.Tertial;
                return true;
            case "yeartodate" or "ackumulerat":
                period = ValuePeriod.YearToDate;
                return true;
            case "year" or "helår":
                period = ValuePeriod.Year;
                return true;
            case "asof" or "nuläge":
                period = ValuePeriod.AsOf;
                return true;
            default:
                period = default;
                return false;
        }
    }

    /// <summary>
    /// Whether a value of kind <paramref name="stated"/> is a value of kind <paramref name="declared"/> in a report of
    /// <paramref name="report"/>: the same kind, or two kinds covering the same months (in DÅ 04 the tertial is the year
    /// to date, in ÅR the year is); a state on the cut-off date is never a count over months.
    /// </summary>
    public static bool Same(ValuePeriod stated, ValuePeriod declared, ReportPeriod? report) =>
        stated == declared || (stated != ValuePeriod.AsOf && declared != ValuePeriod.AsOf && report is { } r && Span(stated, r) == Span(declared, r));

    /// <summary>
    /// Whether a value that does not say what it covers can only be of kind <paramref name="declared"/> in a report of
    /// <paramref name="report"/>: in DÅ 04 a tertial is the year to date, in ÅR the year is the year to date, and a state
    /// on the cut-off date has no other reading; otherwise (a tertial, the year to date and a forecast for the year all
    /// differ in DÅ 08) the value must say.
    /// </summary>
    public static bool Unambiguous(ValuePeriod declared, ReportPeriod? report) =>
        declared == ValuePeriod.AsOf || Enum.GetValues<ValuePeriod>().Any(other => other != declared && Same(other, declared, report));

    /// <summary>What a kind covers in a report, in plain words: "the tertial T2 (May–August)", "the year to date (January–August)".</summary>
    public static string Describe(ValuePeriod period, ReportPeriod? report)
    {
        if (report is not { } r)
        {
            return period switch
            {
                ValuePeriod.Tertial => "a tertial",
                ValuePeriod.YearToDate => "the year to date",
                ValuePeriod.Year => "the whole year",
                _ => "the state on the report's cut-off date",
            };
        }

        var (from, to) = Span(period, r);
        return period switch
        {
            ValuePeriod.Tertial => $"the tertial {ReportPeriodNames.Tertial(r)} ({Month(from)}–{Month(to)})",
            ValuePeriod.YearToDate => $"the year to date ({Month(from)}–{Month(to)})",
            ValuePeriod.Year => r == ReportPeriod.Annual ? "the whole year" : "the whole year (the forecast)",
            _ => $"the state on {CutOff(r)}",
        };
    }

    private static string CutOff(ReportPeriod report)
    {
        var end = ReportPeriodDates.End(report, 2001);
        return DateText.Day(end.Month, end.Day, ReportLanguage.English);
    }

    private static string Month(int month) => DateText.Month(month, ReportLanguage.English);

    private static (int From, int To) Span(ValuePeriod period, ReportPeriod report) => ReportPeriodDates.Span(period, report);
}
