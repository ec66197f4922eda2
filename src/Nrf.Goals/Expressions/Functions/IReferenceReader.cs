using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// What a function of references (<c>increased(x)</c>, <c>gap(x)</c>, <c>latest(series)</c> …) reads from while an engine
/// evaluates one call: the values of the indicator it is applied to, the assessed year and cut-off date, and where every
/// value it read, and why one is missing, is recorded for the result's explanation and values used.
/// </summary>
public interface IReferenceReader
{
    /// <summary>The assessed year.</summary>
    int Year { get; }

    /// <summary>The interim report's cut-off date, if any.</summary>
    DateOnly? AsOf { get; }

    /// <summary>What the report gives for the first argument's indicator (empty when it gives nothing).</summary>
    IndicatorData Data { get; }

    /// <summary>The references the call is applied to, in argument order.</summary>
    IReadOnlyList<Reference> Arguments { get; }

    /// <summary>Reads <paramref name="reference"/> (with another breakdown key, if given) from <see cref="Data"/> and records the read.</summary>
    ReferenceValue Read(Reference reference, string? key = null);

    /// <summary>Records a value the call used that it found itself (an observation of a dated series).</summary>
    void Record(ReferenceValue value);

    /// <summary>Records why the call has no value.</summary>
    void Missing(string reason);
}
