using Nrf.Goals.Evaluation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>A call of a function of references being evaluated: what it is applied to and where its reads are recorded.</summary>
/// <param name="Args">The references it is applied to.</param>
/// <param name="Data">What the report gives for the first argument's indicator.</param>
/// <param name="Record">The evaluation's record: year, cut-off date, and where reads and missing values are kept.</param>
/// <param name="Part">The plan part the call belongs to.</param>
internal readonly record struct ReferenceCall(IReadOnlyList<RefSpec> Args, IndicatorData Data, EvaluationRecord Record, int Part)
{
    /// <summary>Reads <paramref name="spec"/> (with another key, if given) and records the read.</summary>
    public Resolved Read(RefSpec spec, string? key = null)
    {
        var resolved = ValueResolver.Read(Data, Record.Year, spec, key);
        Record.Record(Part, resolved);
        return resolved;
    }

    /// <summary>Records why the call has no value.</summary>
    public void Missing(string reason) => Record.Record(Part, Resolved.Absent(reason));
}
