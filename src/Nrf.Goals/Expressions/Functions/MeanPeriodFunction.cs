using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>mean_period(x)</c>: the mean of x over the rule set's plan period (its validity) up to the assessed year.</summary>
internal sealed class MeanPeriodFunction : WindowFunction
{
    public override string Name => "mean_period";

    public override string Signature => "mean_period(x)";

    public override string Description => "the mean of x over the plan period (the rule set's validity) up to the assessed year";

    protected override bool OverPlanPeriod => true;

    protected override string Measure(bool swedish) => swedish ? "i snitt" : "on average";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.Mean(values);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.MeanTerms(values, weights, term, number);
}
