
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
