namespace Nrf.Goals.Model;

/// <summary>How an indicator's values are laid out in a values document.</summary>
public enum IndicatorShape
{
    /// <summary>One value per year.</summary>
    Yearly,

    /// <summary>One value per year and key of a breakdown (sex, member region, …).</summary>
    YearlyByKey,

    /// <summary>Dated observations (e.g. the bank balance at each month end).</summary>
    Dated,
}
