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
        var reading = new ReportReading(ruleSet, language, [result]);
        var w = reading.Words;
        var title = (w.IsSwedish ? "God ekonomisk hushållning – " : "Sound financial management – ") + w.Report(result.Year, result.Report, result.Period);
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        if (result.ReportAssumed)
        {
            blocks.Add(new ReportParagraph(w.ReportAssumed(result.Year)));
        }

        blocks.Add(new ReportParagraph(VerdictParagraph.Write(ruleSet, result, language)));
        foreach (var (heading, goals) in Sections(ruleSet, result, w))
        {
            blocks.AddRange(Section(reading, result, heading, goals));
        }

        var activities = result.Goals.Where(g => g.IsActivity).ToList();
        if (activities.Count > 0)
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Aktiviteter" : "Activities"));
            blocks.Add(ActivityTable(reading, result, activities));
        }

        if (!result.Groups.IsDefaultOrEmpty && GroupTable(ruleSet, w, result) is { } groups)
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Måluppfyllelse per del av planen" : "Goal attainment by part of the plan"));
            blocks.Add(groups);
        }

        var whatIf = WhatIfAnalysis.Analyze(result);
        if (!whatIf.IsEmpty)
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Vad skulle ändra bedömningen?" : "What would change the assessment?"));
            foreach (var category in whatIf)
            {
                blocks.Add(new ReportParagraph(WhatIfText.LeadIn(category, w)));
                blocks.Add(new ReportList([.. category.Goals.Select(g => WhatIfLine(reading, result, g))]));
            }
        }

        return ReadingText.ForReading(new ReportDocument(title, language, blocks.ToImmutable()), ruleSet.Indicators.Select(i => UnitText.Shown(i.Unit)));
    }

    /// <summary>
    /// One part of the plan (a perspektiv) or category: its table of the goals this report follows up, each number saying
    /// what it is (the column when all are alike, each cell when they differ); the goals reported elsewhere, named after
    /// the table ("Redovisas i årsredovisningen: …"); and a chart of the goals with a numeric target.
    /// </summary>
    private static IEnumerable<ReportBlock> Section(ReportReading reading, EvaluationResult result, string heading, List<GoalResult> goals)
    {
        var w = reading.Words;
        var read = goals.Select(g => (Goal: g, Reading: reading.Goal(result, g))).ToList();
        var followed = read.Where(r => !r.Reading.NotFollowedUp).ToList();
        yield return new ReportHeading(heading);
        if (followed.Count > 0)
        {
            var kinds = followed.Select(r => r.Reading.Kind).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var mixed = kinds.Count > 1;
            var outcome = mixed ? ValuePeriodText.MixedHeading(result.Report, reading.Language)
                : kinds.SingleOrDefault() ?? ValuePeriodText.Heading(null, result.Report, result.Period, reading.Language);
            var rows = followed.Select(r => Row(w, r.Goal, r.Reading, mixed)).ToList();
            yield return GoalTable(w.GoalTableHeaders(outcome), rows);
        }

        foreach (var elsewhere in read.Where(r => r.Reading.NotFollowedUp).GroupBy(r => r.Reading.ReportedIn ?? w.Dash, StringComparer.Ordinal))
        {
            yield return new ReportParagraph($"{elsewhere.Key}: {string.Join("; ", elsewhere.Select(r => ReaderNames.Heading(r.Goal.Title)))}.");
        }

        var bars = followed.SelectMany(r => r.Reading.Comparisons.Bars()).ToImmutableArray();
        if (!bars.IsEmpty)
        {
            var mixedBars = followed.Where(r => r.Reading.Comparisons.Bars().Any()).Select(r => r.Reading.Kind).Distinct(StringComparer.Ordinal).Count() > 1;
            yield return new ReportChart($"{w.ChartTitle(result.Report, mixedBars)} – {NumberWords.Lowered(heading)}", bars)
            {
                ValueName = w.ChartValue(result.Report, mixedBars),
                TargetName = w.ChartTarget,
            };
        }
    }

    /// <summary>A goal table without the columns no row fills (a comment column nobody wrote in, a target no goal states).</summary>
    private static ReportTable GoalTable(string[] headers, List<ImmutableArray<ReportCell>> rows)
    {
        // The goal's title and the outcome are the long texts; a status is two words, a target usually a few.
        int[] widths = [28, 12, 31, 17, 12];
        var keep = Enumerable.Range(0, headers.Length).Where(i => i < 3 || rows.Any(r => r[i].Text.Length > 0 && r[i].Text != "–")).ToList();
        return new ReportTable([.. keep.Select(i => headers[i])], [.. rows.Select(r => keep.Select(i => r[i]).ToImmutableArray())])
        {
            ColumnWidths = [.. keep.Select(i => widths[i])],
        };
    }

    private static ImmutableArray<ReportCell> Row(ReportWords w, GoalResult g, GoalReading reading, bool mixed)
    {
        var outcome = mixed && reading.Kind is { } kind ? $"{kind}: {reading.OutcomeAfterKind}" : reading.Outcome;

        return [new ReportCell(g.Title), new ReportCell(w.Status(g.Status), g.Status), new ReportCell(outcome), new ReportCell(g.Target ?? w.Dash), new ReportCell(reading.Comment)];
    }

    private static string WhatIfLine(ReportReading reading, EvaluationResult result, WhatIfGoal goal)
    {
        var read = reading.Goal(result, goal.Goal);
        var outcome = goal.Goal.Status == GoalStatus.NotEvaluable ? read.Comment : read.OutcomeAfterKind;
        return WhatIfText.Line(goal, outcome, read.Comparisons.Distances(goal), reading.Language);
    }

    /// <summary>
    /// The plan's hierarchy with the roll-up counts of each group over the goals this report follows up (a styrmått
    /// reported only in the årsredovisning is not "ej bedömd" in DÅ 08); parts with nothing followed up are left out, and
    /// so are the risk column when no group has a score and a count column that is zero in every row. Children are indented under their parent. Null when no part has any.
    /// </summary>
    private static ReportTable? GroupTable(RuleSet ruleSet, ReportWords w, EvaluationResult result)
    {
        var followed = result.Goals.Where(g => !g.NotFollowedUp).ToList();
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<ReportCell>>();
        var risks = ruleSet.Groups.Any(g => g.Risk is not null);
        foreach (var group in ruleSet.Groups)
        {
            var g = GroupRollUp.Of(group, followed);
            // Groups come parents first, so the parent's depth is known.
            var level = g.Parent is { } parent && depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            depth[g.Id] = level;
            if (g.Total == 0 && g.Monitored == 0)
            {
                continue;
            }

            var risk = g.Risk is { } r
                ? $"{r}{(g.ActionRequired ? (w.IsSwedish ? " – åtgärd krävs" : " – action required") : string.Empty)}"
                : w.Dash;
            var cells = new List<ReportCell>
            {
                new(string.Concat(Enumerable.Repeat("› ", level)) + g.Title),
                new(g.Level ?? w.Dash),
                new($"{g.Met} {(w.IsSwedish ? "av" : "of")} {g.Total}"),
                new(Count(g.PartlyMet)),
                new(Count(g.NotMet)),
                new(Count(g.NotEvaluable)),
                new(Count(g.Monitored)),
            };
            if (risks)
            {
                cells.Add(new ReportCell(risk));
            }

            rows.Add([.. cells]);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        string[] headers = w.IsSwedish
            ? ["Del av planen", "Nivå", "Uppfyllda", "Delvis", "Ej uppfyllda", "Ej bedömda", "Följs upp", "Risk"]
            : ["Part of the plan", "Level", "Met", "Partly", "Not met", "Not evaluable", "Monitored", "Risk"];
        int[] widths = [34, 14, 10, 8, 9, 9, 8, 8];
        // A count no part has (nothing partly met, nothing monitored in this report) is a column of zeros: left out.
        var keep = Enumerable.Range(0, risks ? headers.Length : headers.Length - 1)
            .Where(i => i < 3 || i == 7 || rows.Any(r => r[i].Text != "0"))
            .ToList();
        return new ReportTable([.. keep.Select(i => headers[i])], [.. rows.Select(r => keep.Select(i => r[i]).ToImmutableArray())])
        {
            ColumnWidths = [.. keep.Select(i => widths[i])],
        };

        static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The activities ("Aktivitet: …"), apart from the goals: each with its state (genomförd, pågår, ej påbörjad) and
    /// comment, where it is reported instead, or why there is none.
    /// </summary>
    private static ReportTable ActivityTable(ReportReading reading, EvaluationResult result, IEnumerable<GoalResult> activities)
    {
        var w = reading.Words;
        var rows = activities.Select(a => (Activity: a, Reading: reading.Goal(result, a))).Select(a => ImmutableArray.Create(
            new ReportCell(a.Activity.Title),
            new ReportCell(a.Activity.NotFollowedUp ? w.Dash : a.Reading.Outcome),
            new ReportCell(a.Reading.Comment is { Length: > 0 } c ? c : w.Dash))).ToImmutableArray();
        string[] headers = w.IsSwedish ? ["Aktivitet", "Läge", "Kommentar"] : ["Activity", "State", "Comment"];
        return new ReportTable([.. headers], rows) { ColumnWidths = [45, 15, 40] };
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
