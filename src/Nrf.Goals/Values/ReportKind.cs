namespace Nrf.Goals.Values;

/// <summary>Which report a values document is for.</summary>
public enum ReportKind
{
    /// <summary>Årsredovisning: the annual report, with actual outcomes (utfall).</summary>
    Annual,

    /// <summary>Delårsrapport: an interim report, with forecasts (prognos) for the year.</summary>
    Interim,
}
