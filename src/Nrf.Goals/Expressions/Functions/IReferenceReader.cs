using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// What a function of references (<c>increased(x)</c>, <c>gap(x)</c>, <c>latest(series)</c>, <c>sum_years(x, 3)</c> …)
/// reads from while an engine evaluates one call: the checked call, the values of each indicator it is applied to, the
/// assessed year, the cut-off date and the rule set's validity, and where every value it read, and why one is missing,
/// is recorded for the result's explanation and values used.
/// </summary>
public interface IReferenceReader
{
    /// <summary>The assessed year.</summary>
    int Year { get; }

    /// <summary>The interim report's cut-off date, if any.</summary>
    DateOnly? AsOf { get; }

    /// <summary>The rule set's validity, its plan period: what a window over the plan period (<c>sum_period(x)</c>) reads up to the assessed year.</summary>
    YearSpan Validity { get; }

    /// <summary>The checked call being evaluated: a literal argument (the <c>n</c> of <c>sum_years(x, n)</c>) is read from it.</summary>
    CallExpr Call { get; }

    /// <summary>The references the call is applied to, in argument order (literal arguments are not among them).</summary>
    IReadOnlyList<Reference> Arguments { get; }

    /// <summary>What the report gives for the indicator of <see cref="Arguments"/>[<paramref name="argument"/>] (empty when it gives nothing).</summary>
    IndicatorData DataOf(int argument);

    /// <summary>
    /// Reads <paramref name="reference"/> (with another breakdown key, if given) from the data of its indicator — one
    /// of the call's <see cref="Arguments"/>, perhaps with another time shift — and records the read.
    /// </summary>
    ReferenceValue Read(Reference reference, string? key = null);

    /// <summary>Records a value the call used that it found itself (an observation of a dated series, one year of a window).</summary>
    void Record(ReferenceValue value);

    /// <summary>Records why the call has no value.</summary>
    void Missing(string reason);
}
