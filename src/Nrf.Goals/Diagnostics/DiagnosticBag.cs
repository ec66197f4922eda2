namespace Nrf.Goals.Diagnostics;

/// <summary>
/// Collects the problems of one input, so that all of them are reported at once: a reader notes each problem where it
/// finds it and goes on, and throws (<see cref="ThrowIfErrors"/>) only when the whole input is read. A
/// <c>Loading.ValuesDocumentBuilder</c> and a values reader of another package share one bag, so their problems come out
/// together, in file order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    /// <summary>Every problem noted so far, in the order noted.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True once an error (not only warnings) was noted.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Notes an error: the input cannot be used.</summary>
    /// <param name="at">Where the problem is.</param>
    /// <param name="message">A plain sentence saying what is wrong and, where it helps, how to put it right.</param>
    public void Error(SourceLocation at, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _items.Add(new Diagnostic(at, message));
    }

    /// <summary>Notes a warning: the input is used, but something in it is probably a mistake.</summary>
    /// <param name="at">Where the problem is.</param>
    /// <param name="message">A plain sentence saying what is probably wrong.</param>
    /// <param name="code">What kind of warning it is (<see cref="DiagnosticCodes"/>), for programs that treat some as errors; null for most.</param>
    public void Warning(SourceLocation at, string message, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        _items.Add(new Diagnostic(at, message, DiagnosticSeverity.Warning) { Code = code });
    }

    /// <summary>Notes problems found elsewhere, e.g. those of a file the input names.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        _items.AddRange(diagnostics);
    }

    /// <summary>Throws when any error was noted; the exception carries the warnings too, in file order.</summary>
    /// <exception cref="NrfGoalsException">An error was noted.</exception>
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
