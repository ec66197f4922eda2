namespace Nrf.Goals.Diagnostics;

/// <summary>One located problem in an input file, worded for the person who wrote the file.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">A plain sentence saying what is wrong.</param>
/// <param name="Severity">Error (the file is refused) or warning (it is used).</param>
public sealed record Diagnostic(SourceLocation Location, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>
    /// What kind of problem this is, for programs that treat some warnings as errors (<see cref="DiagnosticCodes"/>); null for
    /// most diagnostics.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>Formats the diagnostic as <c>file:line:column: message</c> (warnings are marked).</summary>
    public override string ToString() =>
        Severity == DiagnosticSeverity.Warning ? $"{Location}: warning: {Message}" : $"{Location}: {Message}";
}
