using Nrf.Goals.Values;

namespace Nrf.Goals.Words;

/// <summary>The names of <see cref="ReportKind"/> in files and on the command line: <c>annual</c>, <c>interim</c>.</summary>
public static class ReportKindNames
{
    /// <summary>The name: <c>annual</c> (årsredovisning) or <c>interim</c> (delårsrapport).</summary>
    public static string Name(ReportKind kind) => kind == ReportKind.Annual ? "annual" : "interim";

    /// <summary>Reads a report name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string? text, out ReportKind kind)
    {
        switch (text)
        {
            case "annual":
                kind = ReportKind.Annual;
                return true;
            case "interim":
                kind = ReportKind.Interim;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
