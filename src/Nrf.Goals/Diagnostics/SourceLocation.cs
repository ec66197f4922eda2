namespace Nrf.Goals.Diagnostics;

/// <summary>A position in an input file, 1-based, as editors show it.</summary>
/// <param name="File">The file name or source name the input was read from.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";

    /// <summary>The same position moved right by <paramref name="columns"/> columns.</summary>
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };
}
