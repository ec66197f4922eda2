using Nrf.Goals.Results;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>sum_years(x, n)</c>: x summed over the last n years, the assessed year included.</summary>
internal sealed class SumYearsFunction : WindowFunction
{
    public override string Name => "sum_years";

    public override string Signature => "sum_years(x, n)";

    public override string Description => "x summed over the last n years, the assessed year included (in a delårsrapport its forecast)";

    protected override bool OverPlanPeriod => false;

    protected override string Measure(bool swedish) => swedish ? "sammanlagt" : "in total";

    protected override decimal? Combine(ReadOnlySpan<decimal> values, ReadOnlySpan<decimal> weights, IReferenceReader reader) => WindowMeasures.Sum(values);

    protected override string Terms(IReadOnlyList<ValueUsed> values, IReadOnlyList<ValueUsed> weights, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        WindowMeasures.SumTerms(values, weights, term, number);
}
