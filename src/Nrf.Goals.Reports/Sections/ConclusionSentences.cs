using Nrf.Goals.Model;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// The conclusions of the generated paragraph: the overall sentence on god ekonomisk hushållning, and a category's
/// conclusion in the plan's own words where the policy gives them ("delvis förenlig", "uppnås delvis").
/// </summary>
internal static class ConclusionSentences
{
    /// <summary>
    /// "Slutsatsen för verksamhetsmålen är därmed: delvis förenlig." — the category's conclusion in the plan's own words,
    /// where the policy gives one for its status (Swedish only); null otherwise.
    /// </summary>
    public static string? Category(ReportWords w, bool forecast, GoalCategory category, CategoryVerdict v)
    {
        var standard = VerdictStatusNames.Word(v.Status, w.Language);
        var own = w.CategoryConclusion(category, v.Status);
        if (!w.IsSwedish || v.Status == VerdictStatus.Undetermined || own == standard)
        {
            return null;
        }

        var plural = NumberWords.Lowered(w.CategoryPluralDefinite(category));
        return forecast ? $"Slutsatsen för {plural} bedöms därmed bli: {own}." : $"Slutsatsen för {plural} är därmed: {own}.";
    }

    /// <summary>
    /// The closing sentence on god ekonomisk hushållning: "Sammantaget uppfyller förbundet kravet …", "Sammantaget uppfyller
    /// kommunen delvis kravet …", or in the plan's own words "Den samlade bedömningen är: god ekonomisk hushållning uppnås delvis."
    /// </summary>
    public static string Overall(ReportWords w, bool forecast, VerdictStatus status, string noun, Verdict verdict)
    {
        if (verdict.Operational.Required is null && !verdict.Operational.IsJudged && verdict.Financial.Required is null && !verdict.Financial.IsJudged)
        {
            return w.IsSwedish
                ? "Ingen kategori av mål avgör bedömningen av god ekonomisk hushållning; målen redovisas enbart."
                : "No category of goals decides the assessment of sound financial management; the goals are reported only.";
        }

        var judgementMissing = status == VerdictStatus.Undetermined && new[] { verdict.Operational, verdict.Financial }.Any(c => c.IsJudged && c.Judgement is null);
        if (judgementMissing)
        {
            return w.IsSwedish
                ? $"Om {noun} uppfyller kravet på god ekonomisk hushållning kan inte avgöras utan den samlade bedömningen av måluppfyllelsen."
                : $"Whether {noun} meets the requirement of sound financial management (god ekonomisk hushållning) cannot be determined without the overall assessment of goal fulfilment.";
        }

        if (w.HasOwnVerdictWords && status != VerdictStatus.Undetermined && w.Verdict(status) is var own && own != VerdictStatusNames.Word(status, w.Language))
        {
            // The plan words its conclusion on god ekonomisk hushållning itself ("uppnås delvis"), as the predicate of a
            // main clause: "uppnås inte" would need "inte uppnås" after "att".
            return forecast
                ? $"Prognosen för helåret är: god ekonomisk hushållning {own}."
                : $"Den samlade bedömningen är: god ekonomisk hushållning {own}.";
        }

        if (w.IsSwedish)
        {
            return (status, forecast) switch
            {
                (VerdictStatus.Met, true) => $"Sammantaget bedöms {noun} uppfylla kravet på god ekonomisk hushållning.",
                (VerdictStatus.PartlyMet, true) => $"Sammantaget bedöms {noun} delvis uppfylla kravet på god ekonomisk hushållning.",
                (VerdictStatus.PartlyMet, false) => $"Sammantaget uppfyller {noun} delvis kravet på god ekonomisk hushållning.",
                (VerdictStatus.Met, false) => $"Sammantaget uppfyller {noun} kravet på god ekonomisk hushållning.",
                (VerdictStatus.NotMet, true) => $"Sammantaget bedöms {noun} inte uppfylla kravet på god ekonomisk hushållning.",
                (VerdictStatus.NotMet, false) => $"Sammantaget uppfyller {noun} inte kravet på god ekonomisk hushållning.",
                (_, true) => $"Om {noun} uppfyller kravet på god ekonomisk hushållning kan ännu inte avgöras, eftersom mål som påverkar bedömningen inte kan bedömas.",
                _ => $"Om {noun} uppfyller kravet på god ekonomisk hushållning kan inte avgöras, eftersom mål som påverkar bedömningen inte kan bedömas.",
            };
        }

        return (status, forecast) switch
        {
            (VerdictStatus.Met, true) => $"Overall, {noun} is expected to meet the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.Met, false) => $"Overall, {noun} meets the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.PartlyMet, true) => $"Overall, {noun} is expected to partly meet the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.PartlyMet, false) => $"Overall, {noun} partly meets the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.NotMet, true) => $"Overall, {noun} is not expected to meet the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.NotMet, false) => $"Overall, {noun} does not meet the requirement of sound financial management (god ekonomisk hushållning).",
            (_, true) => $"Whether {noun} meets the requirement of sound financial management (god ekonomisk hushållning) cannot yet be determined, because goals that affect the assessment cannot be assessed.",
            _ => $"Whether {noun} meets the requirement of sound financial management (god ekonomisk hushållning) cannot be determined, because goals that affect the assessment cannot be assessed.",
        };
    }
}
