using System.Text;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Cli.Output;

/// <summary>A short plain-text summary for a person at a terminal (scripts use JSON).</summary>
internal static class TextSummary
{
    public static string Write(EvaluationResult result, ReportLanguage language = ReportLanguage.Swedish)
    {
        var s = new StringBuilder();
        s.Append($"{result.RuleSet} — {result.Entity} {result.Year} ({(result.Report == Values.ReportKind.Annual ? "årsredovisning" : "delårsrapport")})\n");
        foreach (var goal in result.Goals)
        {
            s.Append($"  {goal.Id,-8} {GoalStatusNames.Name(goal.Status),-14} {goal.Title}: {goal.Explanation}\n");
        }

        var v = result.Verdict;
        s.Append($"Verksamhetsmål: {v.Operational.Met} av {v.Operational.Total} uppfyllda (krav: {v.Operational.Rule}) → {VerdictStatusNames.Name(v.Operational.Status)}\n");
        s.Append($"Finansiella mål: {v.Financial.Met} av {v.Financial.Total} uppfyllda (krav: {v.Financial.Rule}) → {VerdictStatusNames.Name(v.Financial.Status)}\n");
        s.Append($"God ekonomisk hushållning: {VerdictStatusNames.Name(v.Status)}\n");
        foreach (var category in WhatIfAnalysis.Analyze(result))
        {
            s.Append(WhatIfText.LeadIn(category, language)).Append('\n');
            foreach (var goal in category.Goals)
            {
                s.Append("  - ").Append(WhatIfText.Line(goal, language)).Append('\n');
            }
        }

        // Titles, explanations and comments come from rule and values files; a bidi override or ESC in them would
        // change what the terminal shows. Only user text can hold such characters, so cleaning the whole is the same.
        return DisplayText.Clean(s.ToString());
    }
}
