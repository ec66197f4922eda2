namespace Nrf.Goals.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is used, but something in it is probably a mistake.</summary>
    Warning,

    /// <summary>The input cannot be used.</summary>
    Error,
}
