using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// The report section for one evaluation, ready for the delårsrapport or årsredovisning: the generated paragraph,
/// a table per category (goal, status, outcome, target, and comment when some goal has one), what would change the verdict, and a chart of
/// actual against target. Render it with <see cref="MarkdownReport"/>, <see cref="HtmlReport"/> or a DOCX writer.
/// </summary>
/// <remarks>
/// Reports quote explanations, values used and comparisons, so they need results of a full evaluation
/// (<see cref="Evaluation.EvaluationDetail.Full"/>, the default); a statuses-only result gives empty outcome cells.
/// </remarks>
public static class EvaluationReport
{
    /// <summary>Builds the section for <paramref name="result"/>, which must come from <paramref name="ruleSet"/>.</summary>
    public static ReportDocument Build(RuleSet ruleSet, EvaluationResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(result);
        var w = ReportWords.For(language, ruleSet);
        var readers = new ReaderNames(ruleSet);
        var title = (w.IsSwedish ? "God ekonomisk hushållning – " : "Sound financial management – ") + w.Report(result.Year, result.Report, result.Period);
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        if (result.ReportAssumed)
        {
            blocks.Add(new ReportParagraph(w.ReportAssumed(result.Year)));
        }

        blocks.Add(new ReportParagraph(VerdictParagraph.Write(ruleSet, result, language)));
        var sections = Sections(ruleSet, result, w).Select(s => (s.Heading, Rows: s.Goals.Select(g => Row(w, readers, g)).ToList())).ToList();
        // An empty comment column on every row is noise: it is left out unless some goal has a comment (or a reason).
        var commented = sections.Any(s => s.Rows.Any(r => r[^1].Text.Length > 0));
        foreach (var (heading, rows) in sections)
        {
            blocks.Add(new ReportHeading(heading));
            // Fixed widths keep long explanations from pushing the table past the A4 text width.
            blocks.Add(commented
                ? new ReportTable([.. w.GoalTableHeaders(result.Report)], [.. rows]) { ColumnWidths = [21, 13, 32, 21, 13] }
                : new ReportTable([.. w.GoalTableHeaders(result.Report)[..^1]], [.. rows.Select(r => r[..^1])]) { ColumnWidths = [24, 14, 37, 25] });
        }

        if (result.Goals.Any(g => g.IsActivity))
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Aktiviteter" : "Activities"));
            blocks.Add(ActivityTable(w, readers, result.Goals.Where(g => g.IsActivity)));
        }

        if (!result.Groups.IsDefaultOrEmpty)
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Måluppfyllelse per del av planen" : "Goal attainment by part of the plan"));
            blocks.Add(GroupTable(w, result.Groups));
        }

        var whatIf = WhatIfAnalysis.Analyze(result);
        if (!whatIf.IsEmpty)
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Vad skulle ändra bedömningen?" : "What would change the assessment?"));
            foreach (var category in whatIf)
            {
                blocks.Add(new ReportParagraph(WhatIfText.LeadIn(category, w)));
                blocks.Add(new ReportList([.. category.Goals.Select(g => WhatIfText.Line(g, language, readers))]));
            }
        }

        var bars = result.Goals.SelectMany(g => Bars(g, language)).ToImmutableArray();
        if (!bars.IsEmpty)
        {
            var headers = w.GoalTableHeaders(result.Report);
            blocks.Add(new ReportChart(w.ChartTitle(result.Report), bars) { ValueName = headers[2], TargetName = headers[3] });
        }

        return ReadingText.KeepNumbersTogether(new ReportDocument(title, language, blocks.ToImmutable()), ruleSet.Indicators.Select(i => i.Unit));
    }

    /// <summary>The plan's hierarchy with the roll-up counts of each group; children are indented under their parent.</summary>
    private static ReportTable GroupTable(ReportWords w, ImmutableArray<GroupResult> groups)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<ReportCell>>(groups.Length);
        foreach (var g in groups)
        {
            // Groups come parents first, so the parent's depth is known.
            var level = g.Parent is { } parent && depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            depth[g.Id] = level;
            var risk = g.Risk is { } r
                ? $"{r}{(g.ActionRequired ? (w.IsSwedish ? " – åtgärd krävs" : " – action required") : string.Empty)}"
                : w.Dash;
            rows.Add([
                new ReportCell(string.Concat(Enumerable.Repeat("› ", level)) + g.Title),
                new ReportCell(g.Level ?? w.Dash),
                new ReportCell($"{g.Met} {(w.IsSwedish ? "av" : "of")} {g.Total}"),
                new ReportCell(Count(g.PartlyMet)),
                new ReportCell(Count(g.NotMet)),
                new ReportCell(Count(g.NotEvaluable)),
                new ReportCell(Count(g.Monitored)),
                new ReportCell(risk),
            ]);
        }

        string[] headers = w.IsSwedish
            ? ["Del av planen", "Nivå", "Uppfyllda", "Delvis", "Ej uppfyllda", "Ej bedömda", "Följs upp", "Risk"]
            : ["Part of the plan", "Level", "Met", "Partly", "Not met", "Not evaluable", "Monitored", "Risk"];
        return new ReportTable([.. headers], rows.MoveToImmutable()) { ColumnWidths = [34, 14, 10, 8, 9, 9, 8, 8] };

        static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The activities ("Aktivitet: …"), apart from the goals: each with its state (genomförd, pågår, ej påbörjad) and
    /// comment, or why there is none.
    /// </summary>
    private static ReportTable ActivityTable(ReportWords w, ReaderNames readers, IEnumerable<GoalResult> activities)
    {
        var rows = activities.Select(a => ImmutableArray.Create(
            new ReportCell(a.Title),
            new ReportCell(a.Activity is { } state
                ? (w.IsSwedish ? ActivityStateNames.Swedish(state) : ActivityStateNames.English(state))
                : w.IsSwedish ? "uppgift saknas" : "not reported"),
            new ReportCell(a.Comment ?? (a.Reason is { } reason ? readers.InGeneratedText(reason) : w.Dash)))).ToImmutableArray();
        string[] headers = w.IsSwedish ? ["Aktivitet", "Läge", "Kommentar"] : ["Activity", "State", "Comment"];
        return new ReportTable([.. headers], rows) { ColumnWidths = [45, 15, 40] };
    }

    private static ImmutableArray<ReportCell> Row(ReportWords w, ReaderNames readers, GoalResult g)
    {
        var outcome = g.Status == GoalStatus.NotEvaluable ? w.Dash : g.Explanation;
        var comment = g.Comment ?? (g.Status == GoalStatus.NotEvaluable && g.Reason is { } reason
            ? (w.IsSwedish ? "Kan inte bedömas: " : "Cannot be assessed: ") + readers.InGeneratedText(reason)
            : string.Empty);
        return [new ReportCell(g.Title), new ReportCell(w.Status(g.Status), g.Status), new ReportCell(outcome), new ReportCell(g.Target ?? w.Dash), new ReportCell(comment)];
    }

    private static IEnumerable<ChartBar> Bars(GoalResult g, ReportLanguage language)
    {
        var parts = g.Parts.Where(p => p.Comparison is not null).ToList();
        foreach (var part in parts)
        {
            var c = part.Comparison!;
            var label = parts.Count > 1 && part.Label is not null ? $"{g.Title} – {part.Label}" : g.Title;
            var scale = c.IsShare ? 100m : 1m;
            yield return new ChartBar(label, c.Actual * scale, c.Threshold * scale, ComparedNumber.Text(part, c.Actual, language), $"{OperatorText.Display(c.Operator)} {ComparedNumber.Text(part, c.Threshold, language)}", part.Status);
        }
    }

    /// <summary>
    /// The goal tables' sections: a plan with a hierarchy speaks in its own top-level parts (Region Norrbotten's
    /// perspektiv: Samhälle, Medborgare, Verksamhet, Medarbetare, Ekonomi), so its goals are listed per part, not as
    /// "verksamhetsmål" and "finansiella mål"; without groups, per category. Goals outside every group come last.
    /// </summary>
    private static IEnumerable<(string Heading, List<GoalResult> Goals)> Sections(RuleSet ruleSet, EvaluationResult result, ReportWords w)
    {
        if (ruleSet.Groups.IsDefaultOrEmpty)
        {
            foreach (var category in new[] { GoalCategory.Operational, GoalCategory.Financial })
            {
                var goals = result.Goals.Where(g => g.Category == category && !g.IsActivity).ToList();
                if (goals.Count > 0)
                {
                    yield return (w.CategoryHeading(category), goals);
                }
            }

            yield break;
        }

        foreach (var top in ruleSet.Groups.Where(g => g.Parent is null))
        {
            var goals = result.Goals.Where(g => !g.IsActivity && !g.Groups.IsDefaultOrEmpty && g.Groups[0] == top.Id).ToList();
            if (goals.Count > 0)
            {
                yield return (top.Title, goals);
            }
        }

        var ungrouped = result.Goals.Where(g => !g.IsActivity && g.Groups.IsDefaultOrEmpty).ToList();
        if (ungrouped.Count > 0)
        {
            yield return (w.IsSwedish ? "Övriga mål" : "Other goals", ungrouped);
        }
    }
}
