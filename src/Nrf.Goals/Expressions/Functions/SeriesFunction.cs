using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>A function that picks one observation of a dated series in the assessed year (up to an interim report's cut-off).</summary>
internal abstract class SeriesFunction : CriterionFunction
{
    internal override ExprType Bind(CallBinding call) => call.Arity(1) && call.RequireSeries(0) ? ExprType.Number : ExprType.Unknown;

    public override FunctionForm Form(CallExpr call) => FunctionForm.OfReferences;

    public sealed override (decimal? Number, bool? Flag) Apply(IReferenceReader reader)
    {
        var series = reader.Arguments[0].Indicator.Id;
        var observations = reader.DataOf(0).ObservationsIn(reader.Year, reader.AsOf);
        if (observations.Count == 0)
        {
            reader.Missing(Reasons.NoObservations(series, reader.Year, reader.AsOf));
            return (null, null);
        }

        if (Choose(observations, reader) is not { } chosen)
        {
            return (null, null);
        }

        reader.Record(ReferenceValue.Observed(series, chosen, reader.DataOf(0).CommentOn(null, null, chosen.Date)));
        return (chosen.Value, null);
    }

    /// <summary>An observation read with its date: "54 900 kr den 30 juni 2020" ("on 30 June 2020").</summary>
    protected static string Dated(CallReading call)
    {
        var value = call.Value is { } v ? v + " " : string.Empty;
        return call.Date is { } d
            ? $"{call.Lead}{value}{(call.IsSwedish ? "den" : "on")} {call.DateOf(d)}"
            : $"{call.Lead}{value}{(call.IsSwedish ? "senast" : "latest")}".TrimEnd();
    }

    /// <summary>The observation the function stands for, or null after telling <paramref name="reader"/> why there is none.</summary>
    protected abstract DatedValue? Choose(IReadOnlyList<DatedValue> observations, IReferenceReader reader);
}
