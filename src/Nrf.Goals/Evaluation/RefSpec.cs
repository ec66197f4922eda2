using Nrf.Goals.Expressions.Functions;

namespace Nrf.Goals.Evaluation;

/// <summary>A resolved indicator reference: indicator, optional key, and which year it reads.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Key">The breakdown key, if selected.</param>
/// <param name="Shift">The time-shift function it is wrapped in (<c>previous</c>, <c>at</c>, <c>baseline</c> …); null for the assessed year.</param>
/// <param name="AtYear">The year an <c>at(x, year)</c> names.</param>
internal sealed record RefSpec(Model.Indicator Indicator, string? Key, TimeShiftFunction? Shift, int AtYear)
{
    /// <summary>Whether the reference reads the rule file's baseline rather than the report.</summary>
    public bool ReadsBaseline => Shift?.ReadsBaseline == true;
}
