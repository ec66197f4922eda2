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
            sentences.AddRange(Category(words, forecast, category, verdict, ruleSet.Policy.For(category), ruleSet, result));
        }

        sentences.Add(ConclusionSentences.Overall(words, forecast, result.Verdict.Status, words.EntityNoun(ruleSet), result.Verdict));
        return string.Join(" ", sentences);
    }

    private static IEnumerable<string> Category(ReportWords w, bool forecast, GoalCategory category, CategoryVerdict v, CategoryRequirement requirement, RuleSet ruleSet, EvaluationResult result)
    {
        // A goal the report does not follow up (a styrmått of the årsredovisning in DÅ 08) is reported elsewhere, not
        // "not assessable": it is counted apart from the goals whose values are missing.
        var elsewhere = result.Goals.Where(g => g.Category == category && !g.IsActivity && g.NotFollowedUp).ToList();
        var elsewhereUnassessed = elsewhere.Count(g => g.Status == GoalStatus.NotEvaluable);
        var followed = v with
        {
            NotEvaluable = v.NotEvaluable - elsewhereUnassessed,
            Total = v.Total - elsewhereUnassessed,
            Monitored = v.Monitored - elsewhere.Count(g => g.Status == GoalStatus.Monitored),
        };
        var report = elsewhere.Count > 0 ? w.ThisReport(result.Report) : null;
        if (followed.Total == 1 && followed.NotEvaluable == 1 && report is null)
        {
            yield return $"{w.CategorySingularDefinite(category)} {w.CannotBeAssessed}.";
        }
        else if (followed.Total > 0 && followed.NotEvaluable == followed.Total)
        {
            yield return w.IsSwedish
                ? $"Av {(report is null ? string.Empty : "de ")}{w.Count(followed.Total)} {w.CategoryPlural(category)}{(report is null ? string.Empty : $" som följs upp i {report}")} kan inget bedömas."
                : $"None of the {w.Count(followed.Total)} {w.CategoryPlural(category)}{(report is null ? string.Empty : $" followed up in {report}")} can be assessed.";
        }
        else if (followed.Total > 0)
        {
            yield return Counts(w, forecast, category, followed, report);
            if (followed.NotEvaluable > 0)
            {
                yield return w.IsSwedish
                    ? $"Av {(w.SpeaksOfStyrmatt ? "styrmåtten" : "målen")} kan {w.Count(followed.NotEvaluable)} inte bedömas."
                    : $"Of the {(w.SpeaksOfStyrmatt ? "steering indicators" : "goals")}, {w.Count(followed.NotEvaluable)} cannot be assessed.";
            }
        }

        foreach (var group in elsewhere.GroupBy(g => FollowUp.Next(ruleSet.FindGoal(g.Id), result.Period)))
        {
            var where = group.Key is { } period ? w.ReportedIn(period) : w.IsSwedish ? "Redovisas i en annan rapport" : "Reported in another report";
            var count = group.Count();
            yield return w.IsSwedish
                ? $"{(followed.Total > 0 ? "Ytterligare" : "Samtliga")} {w.Count(count)} {w.CategoryPlural(category)} {NumberWords.Lowered(where)}."
                : $"{(followed.Total > 0 ? "A further" : "All")} {w.Count(count)} {w.CategoryPlural(category)} {(count == 1 ? "is" : "are")} {NumberWords.Lowered(where)}.";
        }

        if (v.IsJudged)
        {
            foreach (var sentence in Judgement(w, forecast, category, v, ruleSet, (JudgementRequired)requirement))
            {
                yield return sentence;
            }
        }
        else if (followed.Total > 0 && v.Required is null)
        {
            yield return (w.IsSwedish, v.Total == 1) switch
            {
                (true, true) => $"{w.CategorySingularDefinite(category)} redovisas men avgör inte bedömningen av god ekonomisk hushållning.",
                (true, false) => $"{w.CategoryPluralDefinite(category)} redovisas men avgör inte bedömningen av god ekonomisk hushållning.",
                (false, true) => $"{w.CategorySingularDefinite(category)} is reported but does not decide the assessment of sound financial management.",
                _ => $"{w.CategoryPluralDefinite(category)} are reported but do not decide the assessment of sound financial management.",
            };
        }
        else if (followed.Total > 0 && v.Met < v.Total)
        {
            yield return Requirement(w, forecast, category, v, requirement);
        }

        if (!v.IsJudged && ConclusionSentences.Category(w, forecast, category, v) is { } conclusion)
        {
            yield return conclusion;
        }

        if (followed.Monitored > 0)
        {
            yield return w.IsSwedish
                ? $"Därutöver följs {w.Count(followed.Monitored)} {w.MonitoredPlural(category)} upp som inte räknas in i bedömningen."
                : $"In addition, {w.Count(followed.Monitored)} {w.MonitoredPlural(category)} {(followed.Monitored == 1 ? "is" : "are")} monitored without counting towards the assessment.";
        }
    }

    /// <summary>
    /// A category decided by a recorded overall assessment (Region Norrbotten's "god måluppfyllelse"): that the assessment
    /// decides it and who made it, its status and motivation, and the conclusion for the requirement — or that it is missing.
    /// </summary>
    private static IEnumerable<string> Judgement(ReportWords w, bool forecast, GoalCategory category, CategoryVerdict v, RuleSet ruleSet, JudgementRequired requirement)
    {
        var plural = NumberWords.Lowered(w.CategoryPluralDefinite(category));
        if (v.Judgement is not { } j)
        {
            var title = ruleSet.FindIndicator(requirement.Indicator)?.Title ?? requirement.Indicator;
            yield return w.IsSwedish
                ? $"Kravet för {plural} avgörs av den samlade bedömningen av måluppfyllelsen ({NumberWords.Lowered(title)}), som saknas."
                : $"The requirement for {plural} is decided by the overall assessment of goal fulfilment ({title}), which is missing.";
            yield break;
        }

        var status = GoalStatusNames.Word(j.Status, w.Language);
        yield return (w.IsSwedish, j.AssessedBy) switch
        {
            (true, { } by) => $"Kravet för {plural} avgörs av den samlade bedömningen av måluppfyllelsen, gjord av {by}: {status}.",
            (true, null) => $"Kravet för {plural} avgörs av den samlade bedömningen av måluppfyllelsen: {status}.",
            (false, { } by) => $"The requirement for {plural} is decided by the overall assessment of goal fulfilment, made by {by}: {status}.",
            _ => $"The requirement for {plural} is decided by the overall assessment of goal fulfilment: {status}.",
        };
        if (!string.IsNullOrWhiteSpace(j.Comment))
        {
            yield return SentenceText.End(NumberWords.Capitalized(j.Comment.Trim()));
        }

        if (j.Status == GoalStatus.PartlyMet && v.Status == VerdictStatus.NotMet)
        {
            // "delvis uppfyllt" followed by "nås inte" reads as a contradiction unless the step between is said.
            yield return w.IsSwedish
                ? "Planen har ingen nivå för delvis uppfyllt, så en delvis uppfylld bedömning räknas som ej uppfylld."
                : "The plan has no partly met level, so a partly met assessment counts as not met.";
        }

        // The plan's own words where it names the requirement ("med god måluppfyllelse"), else the category's.
        var plan = ruleSet.Policy.Wording?.Contains("god måluppfyllelse", StringComparison.OrdinalIgnoreCase) == true;
        var subject = (w.IsSwedish, plan) switch
        {
            (true, true) => "Kravet på god måluppfyllelse",
            (true, false) => $"Kravet för {plural}",
            (false, true) => "The requirement of good goal fulfilment",
            _ => $"The requirement for {plural}",
        };
        // The plan's own word for the conclusion, where it gives one ("delvis förenlig"), closes instead.
        yield return ConclusionSentences.Category(w, forecast, category, v) ?? (w.IsSwedish, v.Status, forecast) switch
        {
            (true, VerdictStatus.Met, true) => $"{subject} bedöms därmed nås.",
            (true, VerdictStatus.Met, false) => $"{subject} nås därmed.",
            (true, VerdictStatus.PartlyMet, true) => $"{subject} bedöms därmed nås delvis.",
            (true, VerdictStatus.PartlyMet, false) => $"{subject} nås därmed delvis.",
            (true, _, true) => $"{subject} bedöms därmed inte nås.",
            (true, _, false) => $"{subject} nås därmed inte.",
            (false, VerdictStatus.Met, true) => $"{subject} is therefore expected to be fulfilled.",
            (false, VerdictStatus.Met, false) => $"{subject} is therefore fulfilled.",
            (false, VerdictStatus.PartlyMet, true) => $"{subject} is therefore expected to be partly fulfilled.",
            (false, VerdictStatus.PartlyMet, false) => $"{subject} is therefore partly fulfilled.",
            (false, _, true) => $"{subject} is therefore not expected to be fulfilled.",
            _ => $"{subject} is therefore not fulfilled.",
        };
    }

    /// <summary>"Av tio verksamhetsmål bedöms åtta vara uppfyllda, ett delvis uppfyllt och ett ej uppfyllt." or "Samtliga tre …";
    /// where some goals are reported elsewhere, "Av de 36 styrmått som följs upp i delårsrapporten …" (<c>report</c>).</summary>
    private static string Counts(ReportWords w, bool forecast, GoalCategory category, CategoryVerdict v, string? report)
    {
        var which = report is null ? string.Empty : w.IsSwedish ? $" som följs upp i {report}" : $" followed up in {report}";
        if (v.Met == v.Total)
        {
            return (w.IsSwedish, v.Total == 1 && report is null, forecast) switch
            {
                (true, true, true) => $"{w.CategorySingularDefinite(category)} bedöms uppfyllas.",
                (true, true, false) => $"{w.CategorySingularDefinite(category)} är uppfyllt.",
                (true, false, true) => $"Samtliga {w.Count(v.Total)} {w.CategoryPlural(category)}{which} bedöms uppfyllas.",
                (true, false, false) => $"Samtliga {w.Count(v.Total)} {w.CategoryPlural(category)}{which} är uppfyllda.",
                (false, true, true) => $"{w.CategorySingularDefinite(category)} is expected to be met.",
                (false, true, false) => $"{w.CategorySingularDefinite(category)} is met.",
                (false, false, true) => $"All {w.Count(v.Total)} {w.CategoryPlural(category)}{which} are expected to be met.",
                _ => $"All {w.Count(v.Total)} {w.CategoryPlural(category)}{which} are met.",
            };
        }

        if (v.Total == 1 && report is null)
        {
            // One goal is named, not counted: "Det finansiella målet är ej uppfyllt", never "Av ett finansiella mål …".
            var partly = v.PartlyMet == 1;
            return (w.IsSwedish, partly, forecast) switch
            {
                (true, true, true) => $"{w.CategorySingularDefinite(category)} bedöms delvis uppfyllas.",
                (true, true, false) => $"{w.CategorySingularDefinite(category)} är delvis uppfyllt.",
                (true, false, true) => $"{w.CategorySingularDefinite(category)} bedöms inte uppfyllas.",
                (true, false, false) => $"{w.CategorySingularDefinite(category)} är ej uppfyllt.",
                (false, true, true) => $"{w.CategorySingularDefinite(category)} is expected to be partly met.",
                (false, true, false) => $"{w.CategorySingularDefinite(category)} is partly met.",
                (false, false, true) => $"{w.CategorySingularDefinite(category)} is not expected to be met.",
                _ => $"{w.CategorySingularDefinite(category)} is not met.",
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

            return $"Av {(report is null ? string.Empty : "de ")}{w.Count(v.Total)} {w.CategoryPlural(category)}{which} {Join(rest, "och")}.";
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

        return $"Of {(report is null ? string.Empty : "the ")}{w.Count(v.Total)} {w.CategoryPlural(category)}{which}, {Join(rest, "and")}.";

        static string Met(int n) => n == 1 || n == 0 ? "uppfyllt" : "uppfyllda";
    }

    /// <summary>"Kravet att minst sju verksamhetsmål ska vara uppfyllda bedöms därmed nås."</summary>
    private static string Requirement(ReportWords w, bool forecast, GoalCategory category, CategoryVerdict v, CategoryRequirement requirement)
    {
        var rule = RuleText(w, requirement, v);
        var plural = w.CategoryPlural(category);
        // With a partly bound, a count that misses the requirement says whether it reaches the bound.
        var partly = v.PartlyFrom is { } p ? PartlyBound(w, p) : null;
        if (w.IsSwedish)
        {
            var subject = $"kravet att {rule} {plural} ska vara {(requirement is AtLeastRequired { Count: 1 } ? "uppfyllt" : "uppfyllda")}";
            return (v.Status, forecast, partly) switch
            {
                (VerdictStatus.Met, true, _) => $"{NumberWords.Capitalized(subject)} bedöms därmed nås.",
                (VerdictStatus.Met, false, _) => $"{NumberWords.Capitalized(subject)} nås därmed.",
                (VerdictStatus.PartlyMet, true, _) => $"{NumberWords.Capitalized(subject)} bedöms därmed inte nås, men kravet för delvis uppfyllt ({partly}) bedöms nås.",
                (VerdictStatus.PartlyMet, false, _) => $"{NumberWords.Capitalized(subject)} nås därmed inte, men kravet för delvis uppfyllt ({partly}) nås.",
                (VerdictStatus.NotMet, true, null) => $"{NumberWords.Capitalized(subject)} bedöms därmed inte nås.",
                (VerdictStatus.NotMet, false, null) => $"{NumberWords.Capitalized(subject)} nås därmed inte.",
                (VerdictStatus.NotMet, true, _) => $"{NumberWords.Capitalized(subject)} bedöms därmed inte nås, och inte heller kravet för delvis uppfyllt ({partly}).",
                (VerdictStatus.NotMet, false, _) => $"{NumberWords.Capitalized(subject)} nås därmed inte, och inte heller kravet för delvis uppfyllt ({partly}).",
                _ => $"Om {subject} nås beror på de mål som inte kan bedömas.",
            };
        }

        var english = $"the requirement that {rule} {plural} be met";
        return (v.Status, forecast, partly) switch
        {
            (VerdictStatus.Met, true, _) => $"{NumberWords.Capitalized(english)} is therefore expected to be fulfilled.",
            (VerdictStatus.Met, false, _) => $"{NumberWords.Capitalized(english)} is therefore fulfilled.",
            (VerdictStatus.PartlyMet, true, _) => $"{NumberWords.Capitalized(english)} is therefore not expected to be fulfilled, but the requirement for partly met ({partly}) is expected to be.",
            (VerdictStatus.PartlyMet, false, _) => $"{NumberWords.Capitalized(english)} is therefore not fulfilled, but the requirement for partly met ({partly}) is.",
            (VerdictStatus.NotMet, true, null) => $"{NumberWords.Capitalized(english)} is therefore not expected to be fulfilled.",
            (VerdictStatus.NotMet, false, null) => $"{NumberWords.Capitalized(english)} is therefore not fulfilled.",
            (VerdictStatus.NotMet, true, _) => $"{NumberWords.Capitalized(english)} is therefore not expected to be fulfilled, nor is the requirement for partly met ({partly}).",
            (VerdictStatus.NotMet, false, _) => $"{NumberWords.Capitalized(english)} is therefore not fulfilled, nor is the requirement for partly met ({partly}).",
            _ => $"Whether {english} is fulfilled depends on the goals that cannot be assessed.",
        };
    }

    /// <summary>The partly bound in words: <c>minst fem</c>, <c>at least five</c>.</summary>
    private static string PartlyBound(ReportWords w, int partlyFrom) => (w.IsSwedish ? "minst " : "at least ") + w.Count(partlyFrom);

    /// <summary>The partly bound after the requirement, for a summary line: <c>; delvis: minst fem</c>, or empty without one.</summary>
    internal static string PartlyText(ReportWords w, CategoryVerdict v, string separator) =>
        v.PartlyFrom is { } p ? $"{separator}{(w.IsSwedish ? "delvis" : "partly")}: {PartlyBound(w, p)}" : string.Empty;

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

    private static string Join(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1];
}
