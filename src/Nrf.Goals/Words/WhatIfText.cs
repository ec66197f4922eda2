using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Words;

/// <summary>
/// What-if in words, shared by every output format: the lead-in per category and one line per goal, e.g.
/// "Skapa förutsättningar … (mal-4): BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 % – 0,3 procentenheter från målet".
/// </summary>
public static class WhatIfText
{
    /// <summary>The lead-in of a category, e.g. "Verksamhetsmål: ytterligare ett mål behöver uppfyllas (sex av tio uppfyllda, krav minst sju). Vart och ett av dessa skulle räcka:"</summary>
    public static string LeadIn(WhatIfCategory category, ReportLanguage language) => LeadIn(category, ReportWords.For(language));

    /// <summary>The lead-in as <see cref="LeadIn(WhatIfCategory, ReportLanguage)"/> writes it, naming the category in the rule set's words.</summary>
    public static string LeadIn(WhatIfCategory category, ReportWords w)
    {
        var v = category.Verdict;
        var heading = w.CategoryHeading(category.Category);
        var counts = w.IsSwedish
            ? $"{w.Count(v.Met)} av {w.Count(v.Total)} {(v.Met <= 1 ? "uppfyllt" : "uppfyllda")}, krav {w.Count(v.Required ?? 0)}"
            : $"{w.Count(v.Met)} of {w.Count(v.Total)} met, {w.Count(v.Required ?? 0)} required";
        var noun = w.GoalNoun;
        var more = w.IsSwedish
            ? $"ytterligare {w.Count(category.Shortfall)} {noun} behöver uppfyllas ({counts})"
            : $"{w.Count(category.Shortfall)} more {(category.Shortfall == 1 ? noun + " needs" : w.GoalNounPlural + " need")} to be met ({counts})";
        var all = category.Shortfall >= category.Goals.Length;
        var which = (w.IsSwedish, v.Status == VerdictStatus.Undetermined, all, category.Goals.Length == 1, category.Shortfall == 1) switch
        {
            (true, true, _, _, _) => $"Bedömningen avgörs av dessa {noun}:",
            (true, _, true, true, _) => $"Det gäller detta {noun}:",
            (true, _, true, false, _) => $"Samtliga dessa {noun} behöver uppfyllas:",
            (true, _, _, _, true) => $"Vart och ett av dessa {noun} skulle räcka:",
            (true, _, _, _, _) when category.Shortfall <= 12 => $"{NumberWords.Capitalized(w.Count(category.Shortfall))} av dessa {noun} skulle räcka:",
            (true, _, _, _, _) => $"Av dessa {noun} skulle {category.Shortfall} räcka:",
            (false, true, _, _, _) => $"These {w.GoalNounPlural} decide the assessment:",
            (false, _, true, true, _) => $"This {noun} needs to be met:",
            (false, _, true, false, _) => $"All of these {w.GoalNounPlural} need to be met:",
            (false, _, _, _, true) => $"Any one of these {w.GoalNounPlural} would do:",
            _ => $"Any {w.Count(category.Shortfall)} of these {w.GoalNounPlural} would do:",
        };
        return $"{heading}: {more}. {which}";
    }

    /// <summary>One line per goal: the goal (title and id), its explanation and how far each failing part is from its target.</summary>
    public static string Line(WhatIfGoal goal, ReportLanguage language) => Line(goal, language, readers: null);

    /// <summary>
    /// The line as <see cref="Line(WhatIfGoal, ReportLanguage)"/> writes it; with <paramref name="readers"/> (a report
    /// section) the goal is named by its title alone and indicators in a not-evaluable reason by theirs.
    /// </summary>
    public static string Line(WhatIfGoal goal, ReportLanguage language, ReaderNames? readers)
    {
        var w = ReportWords.For(language);
        var g = goal.Goal;
        var head = readers is null ? $"{ReaderNames.Heading(g.Title)} ({g.Id}), {w.StatusLower(g.Status)}: " : $"{ReaderNames.Heading(g.Title)}, {w.StatusLower(g.Status)}: ";
        if (g.Status == GoalStatus.NotEvaluable)
        {
            var reason = g.Reason is { } r ? readers?.InGeneratedText(r) ?? r : g.Explanation;
            return $"{head}{w.CannotBeAssessed} – {reason}";
        }

        var distances = goal.Parts.Select(p => (p.Label, p.Comparison) switch
        {
            (_, { } c) when p.Subject is { } subject =>
                $"{(p.Label is { } l ? l + ", " : string.Empty)}{readers?.InGeneratedText(subject) ?? subject}: {Distance(c, language)}",
            (null, { } c) => Distance(c, language),
            ({ } label, { } c) => g.Parts.Length > 1 ? $"{label}: {Distance(c, language)}" : Distance(c, language),
            ({ } label, null) => $"{label}: {w.StatusLower(GoalStatus.NotMet)}",
            _ => null,
        }).OfType<string>().ToList();
        return distances.Count == 0 ? head + g.Explanation : $"{head}{g.Explanation} – {string.Join("; ", distances)}";
    }

    /// <summary>
    /// The line a report section writes for a goal: its title and status, its outcome as the section reads it
    /// (<paramref name="outcome"/>; for a goal that cannot be assessed, why) and how far each failing part is from its
    /// target (<paramref name="distances"/>, written by the section in the goal's units and decimals).
    /// </summary>
    public static string Line(WhatIfGoal goal, string outcome, IReadOnlyList<string> distances, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(distances);
        var w = ReportWords.For(language);
        var g = goal.Goal;
        var head = $"{ReaderNames.Heading(g.Title)}, {w.StatusLower(g.Status)}: ";
        if (g.Status == GoalStatus.NotEvaluable)
        {
            // The section's own "Kan inte bedömas: …" is not said twice ("kan inte bedömas – kan inte bedömas: …").
            var cannot = w.CannotBeAssessed;
            var why = NumberWords.Lowered(outcome);
            return $"{head}{cannot} – {(why.StartsWith(cannot + ": ", StringComparison.Ordinal) ? why[(cannot.Length + 2)..] : why)}";
        }

        return distances.Count == 0 ? head + outcome : $"{head}{outcome} – {string.Join("; ", distances)}";
    }

    /// <summary>A distance from the target: "5,0 procentenheter från målet", or at a strict target "precis på målvärdet, som måste passeras".</summary>
    /// <param name="amount">The distance with its unit (<c>5,0 procentenheter</c>).</param>
    /// <param name="atTarget">True when the value is exactly at a strict target (the distance is zero).</param>
    /// <param name="language">The language.</param>
    public static string Distance(string amount, bool atTarget, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        if (atTarget)
        {
            return swedish ? "precis på målvärdet, som måste passeras" : "exactly at the target value, which must be passed";
        }

        return amount + (swedish ? " från målet" : " from the target");
    }

    /// <summary>
    /// How far a comparison is from its target, always with a unit: "0,3 procentenheter från målet", "270 tkr från
    /// målet", and for a count "2 st från målet" ("2 items from the target").
    /// </summary>
    public static string Distance(PartComparison c, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        var amount = (c.IsShare, c.Unit) switch
        {
            (true, _) => NumberText.Format(c.Distance >= decimal.MaxValue / 100m ? decimal.MaxValue : c.Distance * 100m, 1) + " " + ComparedNumber.PercentagePoints(language),
            (_, "%") => NumberText.Format(c.Distance) + " " + ComparedNumber.PercentagePoints(language),
            (_, null or "antal") => NumberText.Format(c.Distance) + (swedish ? " st" : c.Distance == 1m ? " item" : " items"),
            _ => NumberText.WithUnit(c.Distance, c.Unit),
        };
        return Distance(amount, c.Distance == 0m, language);
    }
}
