
namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>increased(x)</c> and <c>decreased(x)</c>: x against <c>previous(x)</c>.</summary>
internal sealed class ChangeFunction(bool up) : CriterionFunction
{
    public override string Name => up ? "increased" : "decreased";

    public override string Signature => $"{Name}(x)";

    public override string Description => up ? "x is higher than previous(x)" : "x is lower than previous(x)";

    internal override ExprType Bind(CallBinding call) =>
        call.Arity(1) && call.RequireIndicator(0) && call.Require(call[0], ExprType.Number) ? ExprType.YesNo : ExprType.Unknown;

    public override FunctionForm Form(CallExpr call) => FunctionForm.OfReferences;

    public override bool ListsInputs => true;

    /// <summary>"17 mot 12 år 2019, mål: öka": the value now against the year before, and the direction asked for.</summary>
    public override string Read(CallReading call)
    {
        var missing = call.IsSwedish ? "saknas" : "missing";
        var now = call.Inputs.Count > 0 ? call.Inputs[0] ?? missing : missing;
        var before = call.Inputs.Count > 1 ? call.Inputs[1] ?? missing : missing;
        var direction = Words.OperatorReading.DirectionTarget(up ? BinaryOperator.Greater : BinaryOperator.Less, call.Language);
        return $"{call.Lead}{now} {call.Against} {before} {call.In(call.Year - 1)}, {direction}";
    }

    public override (decimal? Number, bool? Flag) Apply(IReferenceReader reader)
    {
        var now = reader.Read(reader.Arguments[0]);
        var before = reader.Read(reader.Arguments[0] with { Shift = FunctionLibrary.Previous });
        if (now.Number is not { } a || before.Number is not { } b)
        {
            return (null, null);
        }

        return (null, up ? a > b : a < b);
    }
}
