using System.Text;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// A short plain-text summary for a person at a terminal, in the report language (scripts use JSON): one line per goal
/// with its id (the analyst's handle on it), status, title and explanation; the categories' counts against their
/// requirement; the verdict; and what would change it.
/// </summary>
public static class TextSummary
{
    /// <summary>The summary of <paramref name="result"/>, which must come from <paramref name="ruleSet"/>; lines end with <c>\n</c>.</summary>
    public static string Write(RuleSet ruleSet, EvaluationResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(result);
        var w = ReportWords.For(language, ruleSet);
        var s = new StringBuilder();
        s.Append($"{result.RuleSet} — {result.Entity}, {w.Report(result.Year, result.Report, result.Period)}\n");
        if (result.ReportAssumed)
        {
            s.Append(w.ReportAssumed(result.Year)).Append('\n');
        }

        // Columns as wide as the longest id and status word of this result, so a rule file's long ids keep them in line.
        var idWidth = result.Goals.Select(g => g.Id.Length).DefaultIfEmpty(0).Max();
        var statusWidth = Enum.GetValues<GoalStatus>().Max(status => w.StatusLower(status).Length);
        foreach (var goal in result.Goals)
        {
            // A manual assessment's or activity's explanation quotes its comment already; a computed goal's does not.
            var comment = goal.Comment is { } c && !goal.Parts.IsDefaultOrEmpty ? $" ({(w.IsSwedish ? "kommentar" : "comment")}: {c})" : string.Empty;
            s.Append("  ").Append(goal.Id.PadRight(idWidth)).Append(' ').Append(w.StatusLower(goal.Status).PadRight(statusWidth)).Append(' ')
                .Append($"{goal.Title}: {goal.Explanation}{comment}\n");
        }

        var v = result.Verdict;
        Category(s, w, ruleSet, v.Operational);
        Category(s, w, ruleSet, v.Financial);
        s.Append($"{(w.IsSwedish ? "God ekonomisk hushållning" : "Sound financial management")}: {w.Verdict(v.Status)}\n");
        foreach (var category in WhatIfAnalysis.Analyze(result))
        {
            s.Append(WhatIfText.LeadIn(category, w)).Append('\n');
            foreach (var goal in category.Goals)
            {
                s.Append("  - ").Append(WhatIfText.Line(goal, language)).Append('\n');
            }
        }

        // Titles, explanations and comments come from rule and values files; a bidi override or ESC in them would
        // change what the terminal shows. Only user text can hold such characters, so cleaning the whole is the same.
        return DisplayText.Clean(s.ToString());
    }

    /// <summary>"Verksamhetsmål: 6 av 10 uppfyllda (krav: minst sju) → ej uppfyllt".</summary>
    private static void Category(StringBuilder s, ReportWords w, RuleSet ruleSet, CategoryVerdict v)
    {
        var requirement = (v.IsJudged, v.Required) switch
        {
            (true, _) => w.IsSwedish ? "samlad bedömning" : "overall assessment",
            (false, null) => w.IsSwedish ? "redovisas endast" : "reported only",
            _ => VerdictParagraph.RuleText(w, ruleSet.Policy.For(v.Category), v) + VerdictParagraph.PartlyText(w, v, "; "),
        };
        var status = w.CategoryConclusion(v.Category, v.Status);
        s.Append(w.IsSwedish
            ? $"{w.CategoryHeading(v.Category)}: {v.Met} av {v.Total} uppfyllda (krav: {requirement}) → {status}\n"
            : $"{w.CategoryHeading(v.Category)}: {v.Met} of {v.Total} met (required: {requirement}) → {status}\n");
    }
}
