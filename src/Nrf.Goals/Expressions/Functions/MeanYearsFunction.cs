using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>mean_years(x, n)</c>: the mean of x over the last n years, the assessed year included.</summary>
internal sealed class MeanYearsFunction : WindowFunction
{
    public override string Name => "mean_years";

    public override string Signature => "mean_years(x, n)";

    public override string Description => "the mean of x over the last n years, the assessed year included (in a delårsrapport its forecast)";

    protected override bool OverPlanPeriod => false;

    protected override string Measure(bool swedish) => swedish ? "i snitt" : "on average";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.Mean(values);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.MeanTerms(values, weights, term, number);
}
