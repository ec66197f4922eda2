using Nrf.Goals.Evaluation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>A function that picks one observation of a dated series in the assessed year (up to an interim report's cut-off).</summary>
internal abstract class SeriesFunction : RuleFunction
{
    public override ExprType Bind(CallBinding call) => call.Arity(1) && call.RequireSeries(0) ? ExprType.Number : ExprType.Unknown;

    public override FunctionForm Form(CallExpr call) => FunctionForm.OfReferences;

    public sealed override (decimal? Number, bool? Flag) Apply(ReferenceCall call)
    {
        var spec = call.Args[0];
        var record = call.Record;
        var observations = ValueResolver.Observations(call.Data, record.Year, record.AsOf).ToList();
        if (observations.Count == 0)
        {
            call.Missing($"inga observationer av {spec.Indicator.Id} {record.Year}{(record.AsOf is { } d ? $" till och med {d:yyyy-MM-dd}" : string.Empty)}");
            return (null, null);
        }

        if (Choose(observations, call) is not { } chosen)
        {
            return (null, null);
        }

        record.Record(call.Part, new Resolved(chosen.Value, null, null, spec.Indicator.Id, null, null, chosen.Date, "values", call.Data.CommentOn(null, null, chosen.Date)));
        return (chosen.Value, null);
    }

    /// <summary>The observation the function stands for, or null after recording why there is none.</summary>
    protected abstract DatedValue? Choose(IReadOnlyList<DatedValue> observations, ReferenceCall call);
}
