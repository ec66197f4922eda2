using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// <c>weighted_mean_years(x, w, n)</c>: the mean of x over the last n years weighted by w, Σ x·w / Σ w — a per cent
/// weighted by the amounts it is a per cent of (self-financing weighted by the investments) is the per cent of the sums.
/// </summary>
internal sealed class WeightedMeanYearsFunction : WindowFunction
{
    public override string Name => "weighted_mean_years";

    public override string Signature => "weighted_mean_years(x, w, n)";

    public override string Description => "the mean of x over the last n years weighted by w: Σ x·w / Σ w";

    protected override bool OverPlanPeriod => false;

    protected override bool Weighted => true;

    protected override string Measure(bool swedish) => swedish ? "i vägt snitt" : "weighted average";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.WeightedMean(values, weights, reader);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.WeightedMeanTerms(values, weights, term, number);
}
