namespace Nrf.Goals.Model;

/// <summary>
/// When god ekonomisk hushållning is judged met, e.g. for NRF "minst sju av tio verksamhetsmål och samtliga ekonomiska mål":
/// operational <c>atLeast 7</c>, financial <c>all</c>. A policy may also say when a category or the verdict is partly met
/// (<see cref="CategoryRequirement.CanBePartlyMet"/>, <see cref="PartlyVerdict"/>) and give the plan's own words for its
/// conclusions.
/// </summary>
/// <param name="Operational">What the operational goals must reach.</param>
/// <param name="Financial">What the financial goals must reach.</param>
/// <param name="Wording">The source document's sentence, when the rule file gives it.</param>
public sealed record VerdictPolicy(CategoryRequirement Operational, CategoryRequirement Financial, string? Wording)
{
    /// <summary>How the categories make a partly met verdict (<c>verdict: {partly: …}</c>); <see cref="PartlyVerdictRule.None"/> by default.</summary>
    public PartlyVerdictRule PartlyVerdict { get; init; }

    /// <summary>The plan's words for the operational category's conclusions (<c>words: {operational: …}</c>), or null.</summary>
    public ConclusionWords? OperationalWords { get; init; }

    /// <summary>The plan's words for the financial category's conclusions (<c>words: {financial: …}</c>), or null.</summary>
    public ConclusionWords? FinancialWords { get; init; }

    /// <summary>The plan's words for the verdict's conclusions (<c>words: {verdict: …}</c>), e.g. "uppnås delvis", or null.</summary>
    public ConclusionWords? VerdictWords { get; init; }

    /// <summary>The requirement for <paramref name="category"/>.</summary>
    public CategoryRequirement For(GoalCategory category) =>
        category == GoalCategory.Operational ? Operational : Financial;

    /// <summary>The plan's words for the conclusions of <paramref name="category"/>, or null.</summary>
    public ConclusionWords? WordsFor(GoalCategory category) =>
        category == GoalCategory.Operational ? OperationalWords : FinancialWords;

    /// <summary>The verdict's partly rule as written in rule files (<c>partly every</c>, <c>partly some</c>), or null without one.</summary>
    public string? DescribeVerdict() => PartlyVerdict switch
    {
        PartlyVerdictRule.Every => "partly every",
        PartlyVerdictRule.Some => "partly some",
        _ => null,
    };

    /// <summary>The assessment indicators whose recorded judgements decide a category (<see cref="JudgementRequired"/>).</summary>
    public IEnumerable<string> JudgementIndicators() =>
        new[] { Operational, Financial }.OfType<JudgementRequired>().Select(j => j.Indicator).Distinct(StringComparer.Ordinal);
}
