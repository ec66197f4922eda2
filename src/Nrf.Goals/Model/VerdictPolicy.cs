namespace Nrf.Goals.Model;

/// <summary>
/// When god ekonomisk hushållning is judged met, e.g. for NRF "minst sju av tio verksamhetsmål och samtliga ekonomiska mål":
/// operational <c>atLeast 7</c>, financial <c>all</c>.
/// </summary>
/// <param name="Operational">What the operational goals must reach.</param>
/// <param name="Financial">What the financial goals must reach.</param>
/// <param name="Wording">The source document's sentence, when the rule file gives it.</param>
public sealed record VerdictPolicy(CategoryRequirement Operational, CategoryRequirement Financial, string? Wording)
{
    /// <summary>The requirement for <paramref name="category"/>.</summary>
    public CategoryRequirement For(GoalCategory category) =>
        category == GoalCategory.Operational ? Operational : Financial;

    /// <summary>The assessment indicators whose recorded judgements decide a category (<see cref="JudgementRequired"/>).</summary>
    public IEnumerable<string> JudgementIndicators() =>
        new[] { Operational, Financial }.OfType<JudgementRequired>().Select(j => j.Indicator).Distinct(StringComparer.Ordinal);
}
