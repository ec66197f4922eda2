using System.Collections.Immutable;

namespace Nrf.Goals.RuleSets;

/// <summary>
/// The rule sets Nrf.Goals ships, so that an app can evaluate them without this repository's files:
/// <c>ShippedRuleSets.Nrf2023To2025.Load()</c>.
/// </summary>
public static class ShippedRuleSets
{
    /// <summary>
    /// Norra sjukvårdsregionförbundet (NRF), goals for 2023–2025: at least seven of ten operational goals and all
    /// financial goals (<c>rules/nrf/2023-2025.yaml</c>).
    /// </summary>
    public static ShippedRuleSet Nrf2023To2025 { get; } = new("rules/nrf/2023-2025.yaml", "Nrf.Goals.RuleSets.nrf.2023-2025.yaml");

    /// <summary>
    /// Region Norrbotten, regional plan 2020 with its styrmått per perspektiv (perspective) and the recorded overall
    /// assessment of goal fulfilment (<c>rules/region-norrbotten/rs-plan-2020.yaml</c>).
    /// </summary>
    public static ShippedRuleSet RegionNorrbotten2020 { get; } = new("rules/region-norrbotten/rs-plan-2020.yaml", "Nrf.Goals.RuleSets.region-norrbotten.rs-plan-2020.yaml");

    /// <summary>
    /// Vårgårda kommun, Budget och verksamhetsplan 2023–2025 as followed up in its Årsredovisning 2023: three financial
    /// goals over three years, the plan period and the balance sheet, eight verksamhetsmål, and kommunstyrelsen's
    /// judgement of the operations as förenligt, delvis förenligt or inte förenligt (<c>rules/vargarda/budget-2023-2025.yaml</c>).
    /// </summary>
    public static ShippedRuleSet Vargarda2023To2025 { get; } = new("rules/vargarda/budget-2023-2025.yaml", "Nrf.Goals.RuleSets.vargarda.budget-2023-2025.yaml");

    /// <summary>Every shipped rule set, in the order above.</summary>
    public static ImmutableArray<ShippedRuleSet> All { get; } = [Nrf2023To2025, RegionNorrbotten2020, Vargarda2023To2025];
}
