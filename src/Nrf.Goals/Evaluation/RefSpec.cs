namespace Nrf.Goals.Evaluation;

/// <summary>Which year of an indicator a reference reads.</summary>
internal enum TimeShift
{
    Current,
    Previous,
    PreviousMeasurement,
    AtYear,
    Baseline,
}

/// <summary>A resolved indicator reference: indicator, optional key, and which year (or the baseline).</summary>
internal sealed record RefSpec(Model.Indicator Indicator, string? Key, TimeShift Time, int AtYear);
