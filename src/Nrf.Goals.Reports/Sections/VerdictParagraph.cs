using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// The generated paragraph of the report section, e.g. "Av tio verksamhetsmål bedöms åtta vara uppfyllda och två ej
/// uppfyllda. … Samtliga tre finansiella mål bedöms uppfyllas. Sammantaget bedöms förbundet uppfylla kravet på god
/// ekonomisk hushållning." An interim report (delårsrapport) states a forecast ("bedöms"), an annual report a fact.
/// </summary>
internal static class VerdictParagraph
{
    public static string Write(RuleSet ruleSet, EvaluationResult result, ReportLanguage language)
    {
        var words = ReportWords.For(language, ruleSet);
        var forecast = result.Report == ReportKind.Interim;
        var sentences = new List<string>();
        foreach (var (category, verdict) in new[] { (GoalCategory.Operational, result.Verdict.Operational), (GoalCategory.Financial, result.Verdict.Financial) })
        {
            sentences.AddRange(Category(words, new Nouns(words, SpeaksOfStyrmatt(ruleSet)), forecast, category, verdict, ruleSet.Policy.For(category), ruleSet));
        }

        sentences.Add(Overall(words, forecast, result.Verdict.Status, words.EntityNoun(ruleSet), result.Verdict));
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// A balanced scorecard (a plan whose hierarchy has perspektiv, as Region Norrbotten's) counts styrmått, not
    /// verksamhetsmål: its goals are the board's steering indicators under each strategic goal.
    /// </summary>
    private static bool SpeaksOfStyrmatt(RuleSet ruleSet) =>
        !ruleSet.Groups.IsDefaultOrEmpty && ruleSet.Groups.Any(g => string.Equals(g.Level, "perspektiv", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Category(ReportWords w, Nouns n, bool forecast, GoalCategory category, CategoryVerdict v, CategoryRequirement requirement, RuleSet ruleSet)
    {
        if (v.Total > 0)
        {
            yield return Counts(w, n, forecast, category, v);
            if (v.NotEvaluable > 0)
            {
                yield return w.IsSwedish
                    ? $"{NumberWords.Capitalized(w.Count(v.NotEvaluable))} av {(n.Styrmatt ? "styrmåtten" : "målen")} kan inte bedömas."
                    : $"{NumberWords.Capitalized(w.Count(v.NotEvaluable))} of the {(n.Styrmatt ? "steering indicators" : "goals")} cannot be assessed.";
            }

            if (v.IsJudged)
            {
                // The counts are the support of the judgement, which the sentence below gives.
            }
            else if (v.Required is null)
            {
                yield return (w.IsSwedish, v.Total == 1) switch
                {
                    (true, true) => $"{n.SingularDefinite(category)} redovisas men avgör inte bedömningen av god ekonomisk hushållning.",
                    (true, false) => $"{n.PluralDefinite(category)} redovisas men avgör inte bedömningen av god ekonomisk hushållning.",
                    (false, true) => $"{n.SingularDefinite(category)} is reported but does not decide the assessment of sound financial management.",
                    _ => $"{n.PluralDefinite(category)} are reported but do not decide the assessment of sound financial management.",
                };
            }
            else if (v.Met < v.Total)
            {
                yield return Requirement(w, n, forecast, category, v, requirement);
            }
        }

        if (v.IsJudged)
        {
            yield return Judgement(w, n, category, v, ruleSet.FindIndicator(((JudgementRequired)requirement).Indicator)?.Title ?? ((JudgementRequired)requirement).Indicator);
        }

        if (v.Monitored > 0)
        {
            yield return w.IsSwedish
                ? $"Därutöver följs {w.Count(v.Monitored)} {n.Monitored(category)} upp som inte räknas in i bedömningen."
                : $"In addition, {w.Count(v.Monitored)} {n.Monitored(category)} {(v.Monitored == 1 ? "is" : "are")} monitored without counting towards the assessment.";
        }
    }

    /// <summary>"Samlad bedömning av måluppfyllelsen (verksamhetsmål): uppfyllt, bedömt av regionstyrelsen – motivering." or that it is missing.</summary>
    private static string Judgement(ReportWords w, Nouns n, GoalCategory category, CategoryVerdict v, string judgementTitle)
    {
        var plural = n.Plural(category);
        if (v.Judgement is not { } j)
        {
            return w.IsSwedish
                ? $"Den samlade bedömningen av måluppfyllelsen för {plural}, som avgör kravet, saknas ({judgementTitle})."
                : $"The overall assessment of goal fulfilment for {plural}, which decides the requirement, is missing ({judgementTitle}).";
        }

        var status = w.IsSwedish ? GoalStatusNames.Swedish(j.Status) : GoalStatusNames.Name(j.Status).Replace('-', ' ');
        var by = j.AssessedBy is { } who ? (w.IsSwedish ? $", bedömt av {who}" : $", assessed by {who}") : string.Empty;
        var comment = string.IsNullOrWhiteSpace(j.Comment) ? string.Empty : $" – {j.Comment}";
        return w.IsSwedish
            ? $"Samlad bedömning av måluppfyllelsen ({plural}): {status}{by}{comment}."
            : $"Overall assessment of goal fulfilment ({plural}): {status}{by}{comment}.";
    }

    /// <summary>"Av tio verksamhetsmål bedöms åtta vara uppfyllda, ett delvis uppfyllt och ett ej uppfyllt." or "Samtliga tre …".</summary>
    private static string Counts(ReportWords w, Nouns n, bool forecast, GoalCategory category, CategoryVerdict v)
    {
        if (v.Met == v.Total)
        {
            return (w.IsSwedish, v.Total == 1, forecast) switch
            {
                (true, true, true) => $"{n.SingularDefinite(category)} bedöms uppfyllas.",
                (true, true, false) => $"{n.SingularDefinite(category)} är uppfyllt.",
                (true, false, true) => $"Samtliga {w.Count(v.Total)} {n.Plural(category)} bedöms uppfyllas.",
                (true, false, false) => $"Samtliga {w.Count(v.Total)} {n.Plural(category)} är uppfyllda.",
                (false, true, true) => $"{n.SingularDefinite(category)} is expected to be met.",
                (false, true, false) => $"{n.SingularDefinite(category)} is met.",
                (false, false, true) => $"All {w.Count(v.Total)} {n.Plural(category)} are expected to be met.",
                _ => $"All {w.Count(v.Total)} {n.Plural(category)} are met.",
            };
        }

        var rest = new List<string>();
        if (w.IsSwedish)
        {
            rest.Add(forecast ? $"bedöms {w.Count(v.Met)} vara {Met(v.Met)}" : $"är {w.Count(v.Met)} {Met(v.Met)}");
            if (v.PartlyMet > 0)
            {
                rest.Add($"{w.Count(v.PartlyMet)} delvis {Met(v.PartlyMet)}");
            }

            if (v.NotMet > 0)
            {
                rest.Add($"{w.Count(v.NotMet)} ej {Met(v.NotMet)}");
            }

            return $"Av {w.Count(v.Total)} {n.Plural(category)} {Join(rest, "och")}.";
        }

        var verb = v.Met == 1 || v.Met == 0 ? "is" : "are";
        rest.Add(forecast ? $"{w.Count(v.Met)} {verb} expected to be met" : $"{w.Count(v.Met)} {verb} met");
        if (v.PartlyMet > 0)
        {
            rest.Add($"{w.Count(v.PartlyMet)} partly met");
        }

        if (v.NotMet > 0)
        {
            rest.Add($"{w.Count(v.NotMet)} not met");
        }

        return $"Of {w.Count(v.Total)} {n.Plural(category)}, {Join(rest, "and")}.";

        static string Met(int n) => n == 1 || n == 0 ? "uppfyllt" : "uppfyllda";
    }

    /// <summary>"Kravet att minst sju verksamhetsmål ska vara uppfyllda bedöms därmed nås."</summary>
    private static string Requirement(ReportWords w, Nouns n, bool forecast, GoalCategory category, CategoryVerdict v, CategoryRequirement requirement)
    {
        var rule = RuleText(w, requirement, v);
        var plural = n.Plural(category);
        if (w.IsSwedish)
        {
            var subject = $"kravet att {rule} {plural} ska vara uppfyllda";
            return (v.Status, forecast) switch
            {
                (VerdictStatus.Met, true) => $"{NumberWords.Capitalized(subject)} bedöms därmed nås.",
                (VerdictStatus.Met, false) => $"{NumberWords.Capitalized(subject)} nås därmed.",
                (VerdictStatus.NotMet, true) => $"{NumberWords.Capitalized(subject)} bedöms därmed inte nås.",
                (VerdictStatus.NotMet, false) => $"{NumberWords.Capitalized(subject)} nås därmed inte.",
                _ => $"Om {subject} nås beror på de mål som inte kan bedömas.",
            };
        }

        var english = $"the requirement that {rule} {plural} be met";
        return (v.Status, forecast) switch
        {
            (VerdictStatus.Met, true) => $"{NumberWords.Capitalized(english)} is therefore expected to be fulfilled.",
            (VerdictStatus.Met, false) => $"{NumberWords.Capitalized(english)} is therefore fulfilled.",
            (VerdictStatus.NotMet, true) => $"{NumberWords.Capitalized(english)} is therefore not expected to be fulfilled.",
            (VerdictStatus.NotMet, false) => $"{NumberWords.Capitalized(english)} is therefore not fulfilled.",
            _ => $"Whether {english} is fulfilled depends on the goals that cannot be assessed.",
        };
    }

    /// <summary>The requirement in words: <c>minst sju</c>, <c>samtliga</c>, <c>minst 70 % (sju av tio)</c>.</summary>
    internal static string RuleText(ReportWords w, CategoryRequirement requirement, CategoryVerdict v) => requirement switch
    {
        AtLeastRequired a => (w.IsSwedish ? "minst " : "at least ") + w.Count(a.Count),
        ShareRequired s => w.IsSwedish
            ? $"minst {Percent(s.Share)} % ({w.Count(v.Required ?? 0)} av {w.Count(v.Total)})"
            : $"at least {Percent(s.Share)} % ({w.Count(v.Required ?? 0)} of {w.Count(v.Total)})",
        _ => w.IsSwedish ? "samtliga" : "all",
    };

    private static string Percent(decimal share) => NumberText.Format(share * 100m);

    private static string Overall(ReportWords w, bool forecast, VerdictStatus status, string noun, Verdict verdict)
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

        if (w.IsSwedish)
        {
            return (status, forecast) switch
            {
                (VerdictStatus.Met, true) => $"Sammantaget bedöms {noun} uppfylla kravet på god ekonomisk hushållning.",
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
            (VerdictStatus.NotMet, true) => $"Overall, {noun} is not expected to meet the requirement of sound financial management (god ekonomisk hushållning).",
            (VerdictStatus.NotMet, false) => $"Overall, {noun} does not meet the requirement of sound financial management (god ekonomisk hushållning).",
            (_, true) => $"Whether {noun} meets the requirement of sound financial management (god ekonomisk hushållning) cannot yet be determined, because goals that affect the assessment cannot be assessed.",
            _ => $"Whether {noun} meets the requirement of sound financial management (god ekonomisk hushållning) cannot be determined, because goals that affect the assessment cannot be assessed.",
        };
    }

    /// <summary>What the paragraph calls a category's goals: verksamhetsmål and finansiella mål, or a scorecard's styrmått.</summary>
    private sealed record Nouns(ReportWords W, bool Styrmatt)
    {
        public string Plural(GoalCategory category) => !Styrmatt ? W.CategoryPlural(category) : (W.IsSwedish, category) switch
        {
            (true, GoalCategory.Operational) => "styrmått",
            (true, _) => "finansiella styrmått",
            (false, GoalCategory.Operational) => "steering indicators",
            _ => "financial steering indicators",
        };

        public string SingularDefinite(GoalCategory category) => !Styrmatt ? W.CategorySingularDefinite(category) : (W.IsSwedish, category) switch
        {
            (true, GoalCategory.Operational) => "Styrmåttet",
            (true, _) => "Det finansiella styrmåttet",
            (false, GoalCategory.Operational) => "The steering indicator",
            _ => "The financial steering indicator",
        };

        public string PluralDefinite(GoalCategory category) => !Styrmatt ? W.CategoryPluralDefinite(category) : (W.IsSwedish, category) switch
        {
            (true, GoalCategory.Operational) => "Styrmåtten",
            (true, _) => "De finansiella styrmåtten",
            (false, GoalCategory.Operational) => "The steering indicators",
            _ => "The financial steering indicators",
        };

        /// <summary>The monitor-only measures: verksamhetsmått, finansiella mått — a scorecard's are styrmått too.</summary>
        public string Monitored(GoalCategory category) => (W.IsSwedish, category == GoalCategory.Operational) switch
        {
            (true, true) => Styrmatt ? "styrmått" : "verksamhetsmått",
            (true, false) => Styrmatt ? $"{W.FinancialAdjective} styrmått" : $"{W.FinancialAdjective} mått",
            (false, true) => Styrmatt ? "steering indicators" : "operational measures",
            _ => Styrmatt ? "financial steering indicators" : "financial measures",
        };
    }

    private static string Join(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1];
}
