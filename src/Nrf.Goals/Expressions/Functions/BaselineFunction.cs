using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>baseline(x)</c>: the ingångsvärde (baseline) the rule file declares for x; reads the rule file, not the report.</summary>
internal sealed class BaselineFunction : TimeShiftFunction
{
    public override string Name => "baseline";

    public override string Signature => "baseline(x)";

    public override string Description => "the ingångsvärde (baseline) the rule file declares for x";

    internal override ExprType Bind(CallBinding call)
    {
        if (!call.Arity(1) || !call.RequireIndicator(0))
        {
            return ExprType.Unknown;
        }

        var r = (IndicatorRef)call[0];
        var baseline = call.Indicator(r.Indicator).Baseline;
        if (baseline is null)
        {
            call.Error(call.Call, $"'{r.Indicator}' has no baseline; declare 'baseline:' (ingångsvärde) under the indicator to use baseline({r.Indicator})");
            return ExprType.Unknown;
        }

        if (r.Key is not null && !baseline.ByKey.ContainsKey(r.Key))
        {
            call.Error(call.Call, $"the baseline of '{r.Indicator}' has no value for {r.Key}");
            return ExprType.Unknown;
        }

        if (r.Key is null && r.Type == ExprType.NumberRef && baseline.Value is null)
        {
            call.Error(call.Call, $"the baseline of '{r.Indicator}' has no single value; declare 'value:' under its baseline");
            return ExprType.Unknown;
        }

        if (r.Type == ExprType.YesNoRef)
        {
            call.Error(call.Call, $"'{r.Indicator}' is yes/no and has no baseline number");
            return ExprType.Unknown;
        }

        return r.Type;
    }

    public override bool ReadsBaseline => true;

    public override string Read(CallReading call)
    {
        var what = (call.IsSwedish ? "ingångsvärde" : "baseline") + (call.YearRead is { } y ? $" {y}" : string.Empty);
        return call.Value is { } v ? $"{call.Lead}{v} ({what})" : $"{call.Lead}({what})";
    }

    /// <summary>The year the baseline was measured (the baseline is read from the rule file, see <see cref="Reference.Read"/>).</summary>
    public override int? YearOf(int year, IndicatorData data, Reference reference, string? key) => reference.Indicator.Baseline?.Year;
}
