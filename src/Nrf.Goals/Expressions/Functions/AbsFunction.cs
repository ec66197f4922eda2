namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>abs(n)</c>: the absolute value of a number.</summary>
internal sealed class AbsFunction : CriterionFunction
{
    public override string Name => "abs";

    public override string Signature => "abs(n)";

    public override string Description => "the absolute value of a number";

    internal override ExprType Bind(CallBinding call) => call.Arity(1) && call.Require(call[0], ExprType.Number) ? ExprType.Number : ExprType.Unknown;

    public override FunctionForm Form(CallExpr call) => FunctionForm.OfNumbers;

    public override string Read(CallReading call) => call.IsSwedish
        ? $"{call.Arguments[0]}, i absoluta tal {call.ValueOrMissing}"
        : $"{call.Arguments[0]}, in absolute terms {call.ValueOrMissing}";

    public override decimal? Apply(decimal? a, decimal? b) => a is { } x ? Math.Abs(x) : null;
}
