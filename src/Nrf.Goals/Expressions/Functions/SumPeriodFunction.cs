using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>sum_period(x)</c>: x summed over the rule set's plan period (its validity) up to the assessed year.</summary>
internal sealed class SumPeriodFunction : WindowFunction
{
    public override string Name => "sum_period";

    public override string Signature => "sum_period(x)";

    public override string Description => "x summed over the plan period (the rule set's validity) up to the assessed year";

    protected override bool OverPlanPeriod => true;

    protected override string Measure(bool swedish) => swedish ? "sammanlagt" : "in total";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.Sum(values);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.SumTerms(values, weights, term, number);
}
