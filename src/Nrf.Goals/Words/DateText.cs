namespace Nrf.Goals.Words;

/// <summary>
/// Dates and months as a report's reader writes them: <c>30 juni 2020</c>, <c>31 augusti</c>, <c>jan–aug</c> in Swedish,
/// <c>30 June 2020</c> in English — never the ISO form <c>2020-06-30</c>, which belongs to files and JSON.
/// </summary>
public static class DateText
{
    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The month's name: <c>augusti</c>, <c>August</c>.</summary>
    /// <param name="month">1–12.</param>
    /// <param name="language">The language.</param>
    public static string Month(int month, ReportLanguage language) =>
        (language == ReportLanguage.Swedish ? SwedishMonths : EnglishMonths)[month - 1];

    /// <summary>The month's short name as a span is written: <c>jan</c>, <c>aug</c>; <c>Jan</c>, <c>Aug</c> in English.</summary>
    public static string ShortMonth(int month, ReportLanguage language) => Month(month, language)[..3];

    /// <summary>A span of months: <c>jan–aug</c>, <c>maj–aug</c>; <c>Jan–Aug</c>.</summary>
    public static string Months(int from, int to, ReportLanguage language) =>
        $"{ShortMonth(from, language)}–{ShortMonth(to, language)}";

    /// <summary>A day of a month: <c>31 augusti</c>, <c>31 August</c>.</summary>
    public static string Day(int month, int day, ReportLanguage language) => $"{day} {Month(month, language)}";

    /// <summary>A date: <c>30 juni 2020</c>, <c>30 June 2020</c>.</summary>
    public static string Date(DateOnly date, ReportLanguage language) => $"{Day(date.Month, date.Day, language)} {date.Year}";
}
