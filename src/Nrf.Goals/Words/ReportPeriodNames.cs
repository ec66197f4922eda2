using Nrf.Goals.Model;

namespace Nrf.Goals.Words;

/// <summary>The names users write for report periods: <c>DÅ04</c>, <c>DÅ 08</c>, <c>ÅR</c> (and ASCII <c>DA04</c>, <c>AR</c>).</summary>
public static class ReportPeriodNames
{
    /// <summary>The names to write, for messages that refuse another: <c>DÅ04, DÅ08 or ÅR</c>.</summary>
    public const string Expected = "DÅ04, DÅ08 or ÅR";

    /// <summary>The same names as a table's cell shows them (as the plans write them): <c>DÅ 04, DÅ 08 or ÅR</c>.</summary>
    public const string ExpectedAsWritten = "DÅ 04, DÅ 08 or ÅR";

    /// <summary>Reads a period name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string text, out ReportPeriod period)
    {
        var key = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant().Replace('Å', 'A');
        switch (key)
        {
            case "DA04": period = ReportPeriod.Interim04; return true;
            case "DA08": period = ReportPeriod.Interim08; return true;
            case "AR": period = ReportPeriod.Annual; return true;
            default: period = default; return false;
        }
    }

    /// <summary>Reads a tertial, <c>T1</c>, <c>T2</c> or <c>T3</c>, as the report period that closes it (DÅ 04, DÅ 08, ÅR).</summary>
    public static bool TryParseTertial(string text, out ReportPeriod period)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "T1": period = ReportPeriod.Interim04; return true;
            case "T2": period = ReportPeriod.Interim08; return true;
            case "T3": period = ReportPeriod.Annual; return true;
            default: period = default; return false;
        }
    }

    /// <summary>The tertial a report period closes: <c>T1</c> (DÅ 04), <c>T2</c> (DÅ 08), <c>T3</c> (ÅR).</summary>
    public static string Tertial(ReportPeriod period) => period switch
    {
        ReportPeriod.Interim04 => "T1",
        ReportPeriod.Interim08 => "T2",
        _ => "T3",
    };

    /// <summary>The name as the plans write it: <c>DÅ 04</c>, <c>DÅ 08</c>, <c>ÅR</c>.</summary>
    public static string Display(ReportPeriod period) => period switch
    {
        ReportPeriod.Interim04 => "DÅ 04",
        ReportPeriod.Interim08 => "DÅ 08",
        _ => "ÅR",
    };
}
