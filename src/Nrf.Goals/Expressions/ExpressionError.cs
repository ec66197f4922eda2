namespace Nrf.Goals.Expressions;

/// <summary>A problem in an expression at an offset of its text.</summary>
/// <param name="Offset">0-based offset in the expression text.</param>
/// <param name="Message">Plain sentence.</param>
internal sealed record ExpressionError(int Offset, string Message);
