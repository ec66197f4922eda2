namespace Nrf.Goals.Expressions;

/// <summary>Stops parsing at the first syntax error of an expression; the loader turns it into a located diagnostic.</summary>
internal sealed class ExpressionException(ExpressionError error) : Exception(error.Message)
{
    public ExpressionError Error { get; } = error;
}
