using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Several evaluations of one rule set side by side (several years, or DÅ 08 and ÅR of one year): a table of every
/// goal's status and outcome per report, the verdicts, and for each later report of the same year what changed and
/// why — the goals that changed status with the values that moved.
/// </summary>
/// <remarks>
/// Reports quote explanations, values used and comparisons, so they need results of a full evaluation
/// (<see cref="Evaluation.EvaluationDetail.Full"/>, the default); a statuses-only result gives empty outcome cells.
/// </remarks>
public static class TrajectoryReport
{
    /// <summary>Builds the report; <paramref name="results"/> (at least one) are put in time order (year, then DÅ 04, DÅ 08, ÅR).</summary>
    public static ReportDocument Build(RuleSet ruleSet, IReadOnlyList<EvaluationResult> results, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("A trajectory needs at least one evaluation.", nameof(results));
        }

        var w = ReportWords.For(language, ruleSet);
        var ordered = InTimeOrder(results);
        var columns = ordered.Select(r => ReportWords.Column(r.Year, r.Report, r.Period)).ToList();
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ReportParagraph(Introduction(w, ordered, columns)));
        foreach (var assumed in ordered.Where(r => r.ReportAssumed))
        {
            blocks.Add(new ReportParagraph(w.ReportAssumed(assumed.Year)));
        }

        blocks.Add(new ReportTable([w.GoalHeader, .. columns], [.. Rows(w, ruleSet, ordered)]));

        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].Year == ordered[i].Year)
            {
                blocks.AddRange(Changes(w, new ReaderNames(ruleSet), ordered[i - 1], ordered[i], columns[i - 1], columns[i]));
            }
        }

        var last = ordered[^1];
        blocks.Add(new ReportHeading((w.IsSwedish ? "Senaste rapporten: " : "Latest report: ") + w.Report(last.Year, last.Report, last.Period)));
        blocks.Add(new ReportParagraph(VerdictParagraph.Write(ruleSet, last, language)));
        var title = (w.IsSwedish ? "Måluppfyllelse över tid – " : "Goal attainment over time – ") + ruleSet.Title;
        return ReadingText.KeepNumbersTogether(new ReportDocument(title, language, blocks.ToImmutable()), ruleSet.Indicators.Select(i => i.Unit));
    }

    /// <summary>
    /// What the table shows. A delårsrapport's numbers are forecasts for the year, an årsredovisning's the outcome, so a
    /// table with both says which is which instead of calling every number an outcome.
    /// </summary>
    private static string Introduction(ReportWords w, IReadOnlyList<EvaluationResult> ordered, IReadOnlyList<string> columns)
    {
        var interim = ordered.Any(r => r.Report == ReportKind.Interim);
        var annual = ordered.Any(r => r.Report == ReportKind.Annual);
        var (what, number) = (w.IsSwedish, interim, annual) switch
        {
            (true, true, true) => ("prognos eller utfall", "talet är målets prognos i en delårsrapport (DÅ) och utfall i årsredovisningen (ÅR)"),
            (true, true, false) => ("prognos", "talet är målets prognos"),
            (true, _, _) => ("utfall", "talet är målets utfall"),
            (false, true, true) => ("forecast or outcome", "the number is the goal's forecast in an interim report (DÅ) and its outcome in the annual report (ÅR)"),
            (false, true, false) => ("forecast", "the number is the goal's forecast"),
            _ => ("outcome", "the number is the goal's outcome"),
        };
        var count = w.Count(ordered.Count);
        return w.IsSwedish
            ? $"Tabellen visar varje måls status och {what} i {count} {(ordered.Count == 1 ? "rapport" : "rapporter")}{Span(w, columns)}. "
              + $"✔ uppfyllt, ◐ delvis uppfyllt, ✘ ej uppfyllt, ? ej bedömt, ○ följs upp; {number}."
            : $"The table shows each goal's status and {what} in {count} {(ordered.Count == 1 ? "report" : "reports")}{Span(w, columns)}. "
              + $"✔ met, ◐ partly met, ✘ not met, ? not evaluable, ○ monitored; {number}.";
    }

    /// <summary>Year first, then DÅ 04, DÅ 08, ÅR; an interim report without a known period comes before ÅR.</summary>
    public static IReadOnlyList<EvaluationResult> InTimeOrder(IEnumerable<EvaluationResult> results) =>
        results.OrderBy(r => r.Year).ThenBy(Order).ToList();

    private static int Order(EvaluationResult r) => r.Period switch
    {
        ReportPeriod.Interim04 => 0,
        ReportPeriod.Interim08 => 1,
        ReportPeriod.Annual => 3,
        _ => r.Report == ReportKind.Annual ? 3 : 2,
    };

    private static string Span(ReportWords w, IReadOnlyList<string> columns) =>
        columns.Count == 1 ? $" ({columns[0]})" : w.IsSwedish ? $", från {columns[0]} till {columns[^1]}" : $", from {columns[0]} to {columns[^1]}";

    private static IEnumerable<ImmutableArray<ReportCell>> Rows(ReportWords w, RuleSet ruleSet, IReadOnlyList<EvaluationResult> results)
    {
        foreach (var goal in ruleSet.Goals)
        {
            // A goal measured by one comparison has the same unit in every report: the goal's cell names it once, so
            // the report columns hold bare numbers and stay narrow enough for ten reports side by side.
            var unit = results.Select(r => r.Goal(goal.Id)).OfType<GoalResult>().Select(Compared).OfType<PartResult>().Select(p => ComparedNumber.Unit(p, w.Language)).FirstOrDefault();
            var title = unit is null ? goal.Title : $"{goal.Title} ({unit})";
            yield return [new ReportCell(title), .. results.Select(r => r.Goal(goal.Id) is { } g ? GoalCell(w, g) : new ReportCell(w.Dash))];
        }

        foreach (var category in new[] { GoalCategory.Operational, GoalCategory.Financial })
        {
            yield return [new ReportCell(w.CategoryHeading(category)), .. results.Select(r => CategoryCell(w, category == GoalCategory.Operational ? r.Verdict.Operational : r.Verdict.Financial))];
        }

        yield return [new ReportCell(w.IsSwedish ? "God ekonomisk hushållning" : "Sound financial management"), .. results.Select(r => new ReportCell($"{VerdictSymbol(r.Verdict.Status)} {w.Verdict(r.Verdict.Status)}", AsGoalStatus(r.Verdict.Status)))];
    }

    private static ReportCell GoalCell(ReportWords w, GoalResult g)
    {
        var text = Compared(g) is { } part ? ComparedNumber.Number(part, part.Comparison!.Actual) : w.StatusLower(g.Status);
        return new ReportCell($"{ReportWords.Symbol(g.Status)} {text}", g.Status);
    }

    /// <summary>The goal's one part with a comparison, when that number is the goal's outcome; else null.</summary>
    private static PartResult? Compared(GoalResult g) =>
        g.Parts.Length == 1 && g.Parts[0].Comparison is not null && g.Status is not GoalStatus.NotEvaluable ? g.Parts[0] : null;

    private static ReportCell CategoryCell(ReportWords w, CategoryVerdict v) =>
        new($"{VerdictSymbol(v.Status)} {v.Met} {(w.IsSwedish ? "av" : "of")} {v.Total}, {w.Verdict(v.Status)}", AsGoalStatus(v.Status));

    private static string VerdictSymbol(VerdictStatus status) => ReportWords.Symbol(AsGoalStatus(status));

    private static GoalStatus AsGoalStatus(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => GoalStatus.Met,
        VerdictStatus.NotMet => GoalStatus.NotMet,
        VerdictStatus.Undetermined => GoalStatus.NotEvaluable,
        _ => GoalStatus.Monitored,
    };

    /// <summary>"Från DÅ 08 till ÅR 2023": the verdict before and after, and each goal that changed status with the values that moved.</summary>
    private static IEnumerable<ReportBlock> Changes(ReportWords w, ReaderNames readers, EvaluationResult before, EvaluationResult after, string beforeColumn, string afterColumn)
    {
        yield return new ReportHeading(w.IsSwedish ? $"Från {beforeColumn} till {afterColumn}" : $"From {beforeColumn} to {afterColumn}");
        var verdict = before.Verdict.Status == after.Verdict.Status
            ? (w.IsSwedish ? $"Bedömningen av god ekonomisk hushållning är oförändrad: {w.Verdict(after.Verdict.Status)}." : $"The assessment of sound financial management is unchanged: {w.Verdict(after.Verdict.Status)}.")
            : (w.IsSwedish ? $"Bedömningen av god ekonomisk hushållning ändrades från {w.Verdict(before.Verdict.Status)} till {w.Verdict(after.Verdict.Status)}." : $"The assessment of sound financial management changed from {w.Verdict(before.Verdict.Status)} to {w.Verdict(after.Verdict.Status)}.");
        var changed = after.Goals.Where(g => before.Goal(g.Id) is { } b && b.Status != g.Status).ToList();
        var goals = changed.Count == 0
            ? (w.IsSwedish ? " Inget mål bytte status." : " No goal changed status.")
            : w.IsSwedish
                ? $" {NumberWords.Capitalized(w.Count(changed.Count))} mål bytte status:"
                : $" {NumberWords.Capitalized(w.Count(changed.Count))} {(changed.Count == 1 ? "goal" : "goals")} changed status:";
        yield return new ReportParagraph(verdict + goals);
        if (changed.Count > 0)
        {
            yield return new ReportList([.. changed.Select(g => ChangeLine(w, readers, before.Goal(g.Id)!, g, after.Year))]);
        }
    }

    private static string ChangeLine(ReportWords w, ReaderNames readers, GoalResult before, GoalResult after, int year)
    {
        var moved = ValueChanges(w, readers, before, after, year);
        var why = moved.Count > 0
            ? (w.IsSwedish ? "Ändrade värden: " : "Values that moved: ") + string.Join("; ", moved) + "."
            : IsAssessed(before) && IsAssessed(after)
                ? (w.IsSwedish ? "Den manuella bedömningen ändrades." : "The manual assessment changed.")
                : (w.IsSwedish ? "Inga värden ändrades; målet för perioden skiljer sig." : "No values changed; the period's target differs.");
        return $"{ReaderNames.Heading(after.Title)}: {w.StatusLower(before.Status)} → {w.StatusLower(after.Status)}. {why} {(w.IsSwedish ? "Nu" : "Now")}: {after.Explanation}{(after.Comment is { } c && !after.Parts.IsDefaultOrEmpty ? $". {(w.IsSwedish ? "Kommentar" : "Comment")}: {c}" : string.Empty)}";
    }

    // A manually assessed goal has a status but no criterion parts (a person's verdict, not a computed one).
    private static bool IsAssessed(GoalResult goal) =>
        goal.Parts.IsEmpty && goal.Status is GoalStatus.Met or GoalStatus.PartlyMet or GoalStatus.NotMet;

    private static List<string> ValueChanges(ReportWords w, ReaderNames readers, GoalResult before, GoalResult after, int year)
    {
        var old = before.Values.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var now = after.Values.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var keys = after.Values.Select(Key).Concat(before.Values.Select(Key)).Distinct();
        var lines = new List<string>();
        foreach (var key in keys)
        {
            var a = old.GetValueOrDefault(key);
            var b = now.GetValueOrDefault(key);
            if (a is not null && b is not null && a.Number == b.Number && a.Flag == b.Flag)
            {
                continue;
            }

            var sample = b ?? a!;
            lines.Add($"{Name(readers, sample, year)}: {Text(w, a)} → {Text(w, b)}");
        }

        return lines;
    }

    private static (string, int?, string?, DateOnly?) Key(ValueUsed v) => (v.Indicator, v.Year, v.Key, v.Date);

    /// <summary>A value as readers know it: the indicator's title, its key in brackets, and the year or date when not the report's.</summary>
    private static string Name(ReaderNames readers, ValueUsed v, int year) =>
        readers.Indicator(v.Indicator) + (v.Key is null ? string.Empty : $" [{v.Key}]") + (v.Year is { } y && y != year ? $" {y}" : string.Empty)
        + (v.Date is { } d ? $" {d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty);

    private static string Text(ReportWords w, ValueUsed? v) => v switch
    {
        null => w.IsSwedish ? "saknas" : "missing",
        { Number: { } n } => NumberText.Format(n),
        { Flag: { } f } => w.IsSwedish ? NumberText.YesNo(f) : f ? "yes" : "no",
        _ => w.IsSwedish ? "saknas" : "missing",
    };
}
