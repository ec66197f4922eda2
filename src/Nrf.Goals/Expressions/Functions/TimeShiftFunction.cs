namespace Nrf.Goals.Expressions.Functions;

/// <summary>A function that makes a reference read another year of its indicator (or its baseline): read like a reference.</summary>
internal abstract class TimeShiftFunction : CriterionFunction
{
    internal override ExprType Bind(CallBinding call) => call.Arity(1) && call.RequireIndicator(0) ? call[0].Type : ExprType.Unknown;

    public sealed override FunctionForm Form(CallExpr call) => FunctionForm.TimeShift;
}
