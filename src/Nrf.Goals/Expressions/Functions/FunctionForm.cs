namespace Nrf.Goals.Expressions.Functions;

/// <summary>How a function call is evaluated.</summary>
public enum FunctionForm
{
    /// <summary>Another year of a reference, or its baseline: <c>previous(x)</c>, <c>at(x, 2018)</c>; read like a reference.</summary>
    TimeShift,

    /// <summary>Computed from an indicator's reported values: <c>increased(x)</c>, <c>gap(x)</c>, <c>latest(series)</c>.</summary>
    OfReferences,

    /// <summary>Computed from the values of its operands: <c>abs(n)</c>, <c>min(a, b, …)</c>.</summary>
    OfNumbers,
}
