using System.Collections.Immutable;

namespace Nrf.Goals.Diagnostics;

/// <summary>
/// The one exception the library throws for bad input (rule files, values files, expressions).
/// It carries every problem found, each located; its message lists them one per line.
/// </summary>
public sealed class NrfGoalsException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public NrfGoalsException(IEnumerable<Diagnostic> diagnostics)
        : this(diagnostics.ToImmutableArray())
    {
    }

    private NrfGoalsException(ImmutableArray<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
