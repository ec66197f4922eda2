namespace Nrf.Goals.Diagnostics;

/// <summary>Collects the problems of one input so that all of them are reported at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(SourceLocation at, string message) => _items.Add(new Diagnostic(at, message));

    public void Warning(SourceLocation at, string message, string? code = null) =>
        _items.Add(new Diagnostic(at, message, DiagnosticSeverity.Warning) { Code = code });

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Throws when any error was collected; the exception carries warnings too, in file order.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new NrfGoalsException(_items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column));
        }
    }
}
