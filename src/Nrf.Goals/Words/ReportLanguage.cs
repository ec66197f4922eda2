namespace Nrf.Goals.Words;

/// <summary>The language of generated report text. Rule-file text (titles, explanations) stays as the rule file writes it.</summary>
public enum ReportLanguage
{
    /// <summary>Swedish, the language of the delårsrapport and årsredovisning.</summary>
    Swedish,

    /// <summary>English.</summary>
    English,
}
