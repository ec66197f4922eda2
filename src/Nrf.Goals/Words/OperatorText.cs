using Nrf.Goals.Expressions;

namespace Nrf.Goals.Words;

/// <summary>Symbols of the operators as analysts write and read them.</summary>
public static class OperatorText
{
    /// <summary>The operator as written in rule files.</summary>
    public static string Source(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "and",
        _ => "or",
    };

    /// <summary>The operator as printed in explanations (≥, ≤, ≠).</summary>
    public static string Display(BinaryOperator op) => op switch
    {
        BinaryOperator.LessOrEqual => "≤",
        BinaryOperator.GreaterOrEqual => "≥",
        BinaryOperator.NotEqual => "≠",
        BinaryOperator.Equal => "=",
        BinaryOperator.And => "och",
        BinaryOperator.Or => "eller",
        _ => Source(op),
    };
}
