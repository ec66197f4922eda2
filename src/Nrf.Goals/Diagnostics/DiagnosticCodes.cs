namespace Nrf.Goals.Diagnostics;

/// <summary>The codes of <see cref="Diagnostic.Code"/>: kinds of warning a program may want to treat as errors.</summary>
public static class DiagnosticCodes
{
    /// <summary>
    /// Values for an indicator the rule set does not declare. The library warns and ignores them (a data file may serve
    /// several rule sets), but a misspelt id lets a declared twin's <c>default:</c> stand in silently, so
    /// <c>nrf-goals evaluate</c> and <c>report</c> refuse them unless told otherwise.
    /// </summary>
    public const string UnknownIndicator = "unknown-indicator";

    /// <summary>
    /// A values table that does not say which report it is for (no <c>rapport</c> or <c>per</c> row, no period given) was
    /// read as the annual report. Reports say so too; a program that must not guess may treat it as an error.
    /// </summary>
    public const string ReportAssumed = "report-assumed";
}
