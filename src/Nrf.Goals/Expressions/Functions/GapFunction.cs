using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>gap(x)</c>: <c>abs(x[K] - x[M])</c>, the gap between women and men (girls and boys).</summary>
internal sealed class GapFunction : CriterionFunction
{
    public override string Name => "gap";

    public override string Signature => "gap(x)";

    public override string Description => "abs(x[K] - x[M]): the gap between women and men (girls and boys)";

    internal override ExprType Bind(CallBinding call)
    {
        if (!call.Arity(1))
        {
            return ExprType.Unknown;
        }

        var arg = call[0];
        var inner = arg switch
        {
            IndicatorRef r => r,
            CallExpr { Function: var f } c when FunctionLibrary.IsTimeShift(f) => c.Arguments[0] as IndicatorRef,
            _ => null,
        };
        if (arg.Type != ExprType.KeyedRef || inner is null)
        {
            call.Error(arg, "gap needs an indicator broken down by sex without a key, e.g. gap(x) or gap(previous_measurement(x))");
            return ExprType.Unknown;
        }

        var keys = call.Indicator(inner.Indicator).Dimension!.Keys;
        if (!keys.Contains("K") || !keys.Contains("M"))
        {
            call.Error(arg, $"gap needs the keys K and M, but '{inner.Indicator}' has {string.Join(", ", keys)}");
            return ExprType.Unknown;
        }

        return ExprType.Number;
    }

    public override bool IsDifference => true;

    /// <summary>"skillnaden mellan kvinnor 76 % och män 90 %: 14 procentenheter".</summary>
    public override string Read(CallReading call)
    {
        var missing = call.IsSwedish ? "saknas" : "missing";
        var women = call.Inputs.Count > 0 ? call.Inputs[0] ?? missing : missing;
        var men = call.Inputs.Count > 1 ? call.Inputs[1] ?? missing : missing;
        var when = call.When.Length == 0 ? string.Empty : " " + call.When;
        var lead = call.Subject.Length == 0 ? string.Empty : call.Subject + ", ";
        var gap = call.IsSwedish ? $"skillnaden mellan kvinnor {women} och män {men}{when}" : $"the gap between women {women} and men {men}{when}";
        return call.Value is { } v ? $"{lead}{gap}: {v}" : lead + gap;
    }

    public override FunctionForm Form(CallExpr call) => FunctionForm.OfReferences;

    public override (decimal? Number, bool? Flag) Apply(IReferenceReader reader)
    {
        var women = reader.Read(reader.Arguments[0], "K");
        var men = reader.Read(reader.Arguments[0], "M");
        if (women.Number is not { } k || men.Number is not { } m)
        {
            return (null, null);
        }

        try
        {
            return (Math.Abs(k - m), null);
        }
        catch (OverflowException)
        {
            // K and M of opposite sign near decimal's range: not a gap anyone reports, but never a crash.
            reader.Missing(Reasons.TooLarge);
            return (null, null);
        }
    }
}
