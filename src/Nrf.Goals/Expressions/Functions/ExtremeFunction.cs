using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>min</c> and <c>max</c>: of two or more numbers, or of the observations of a dated series in the assessed year.</summary>
internal sealed class ExtremeFunction(bool lowest) : SeriesFunction
{
    public override string Name => lowest ? "min" : "max";

    public override string Signature => $"{Name}(a, b, …) | {Name}(series)";

    public override string Description => lowest
        ? "the smallest of the numbers, or the lowest observation of a dated series in the assessed year (up to asOf)"
        : "the largest of the numbers, or the highest observation of a dated series in the assessed year (up to asOf)";

    internal override ExprType Bind(CallBinding call)
    {
        if (call.Call.Arguments.Length == 1)
        {
            return base.Bind(call);
        }

        if (call.Call.Arguments.Length == 0)
        {
            call.Error(call.Call, $"{Name} needs a dated series or at least two numbers");
            return ExprType.Unknown;
        }

        var ok = true;
        foreach (var arg in call.Call.Arguments)
        {
            ok &= call.Require(arg, ExprType.Number);
        }

        return ok ? ExprType.Number : ExprType.Unknown;
    }

    /// <summary>
    /// Of a series, "lägst 980 000 kr den 30 juni 2023"; of numbers, "det lägsta av a och b: 5".
    /// </summary>
    public override string Read(CallReading call)
    {
        if (call.Arguments.Count > 1)
        {
            var list = string.Join(call.IsSwedish ? " och " : " and ", call.Arguments);
            var which = (call.IsSwedish, lowest) switch
            {
                (true, true) => "det lägsta av",
                (true, false) => "det högsta av",
                (false, true) => "the lowest of",
                _ => "the highest of",
            };
            return call.Value is { } v ? $"{which} {list}: {v}" : $"{which} {list}";
        }

        var word = (call.IsSwedish, lowest) switch
        {
            (true, true) => "lägst",
            (true, false) => "högst",
            (false, true) => "lowest",
            _ => "highest",
        };
        var when = call.Date is { } d ? $" {(call.IsSwedish ? "den" : "on")} {call.DateOf(d)}" : string.Empty;
        return $"{call.Lead}{word} {call.ValueOrMissing}{when}";
    }

    public override FunctionForm Form(CallExpr call) => call.Arguments.Length > 1 ? FunctionForm.OfNumbers : FunctionForm.OfReferences;

    public override decimal? Apply(decimal? a, decimal? b) => a is { } x && b is { } y ? (lowest ? Math.Min(x, y) : Math.Max(x, y)) : null;

    protected override DatedValue? Choose(IReadOnlyList<DatedValue> observations, IReferenceReader reader) =>
        lowest ? observations.MinBy(o => o.Value) : observations.MaxBy(o => o.Value);
}
