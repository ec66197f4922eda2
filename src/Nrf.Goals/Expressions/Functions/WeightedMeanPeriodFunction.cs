using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// <c>weighted_mean_period(x, w)</c>: the mean of x over the plan period up to the assessed year, weighted by w:
/// Σ x·w / Σ w ("Investeringarna ska självfinansieras under budgetperioden": self-financing weighted by the investments).
/// </summary>
internal sealed class WeightedMeanPeriodFunction : WindowFunction
{
    public override string Name => "weighted_mean_period";

    public override string Signature => "weighted_mean_period(x, w)";

    public override string Description => "the mean of x over the plan period up to the assessed year, weighted by w: Σ x·w / Σ w";

    protected override bool OverPlanPeriod => true;

    protected override bool Weighted => true;

    protected override string Measure(bool swedish) => swedish ? "i vägt snitt" : "weighted average";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.WeightedMean(values, weights, reader);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.WeightedMeanTerms(values, weights, term, number);
}
