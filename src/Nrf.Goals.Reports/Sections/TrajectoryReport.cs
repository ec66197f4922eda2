using System.Collections.Immutable;
using Nrf.Goals.Expressions;
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

        var ordered = InTimeOrder(results);
        var reading = new ReportReading(ruleSet, language, ordered);
        var w = reading.Words;
        var columns = ordered.Select(r => ReportWords.Column(r.Year, r.Report, r.Period)).ToList();
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var elsewhere = ordered.Any(r => r.Goals.Any(g => g.NotFollowedUp && !g.IsActivity));
        blocks.Add(new ReportParagraph(Introduction(w, ordered, columns, elsewhere)));
        foreach (var assumed in ordered.Where(r => r.ReportAssumed))
        {
            blocks.Add(new ReportParagraph(w.ReportAssumed(assumed.Year)));
        }

        blocks.AddRange(Tables(w, [w.GoalHeader, .. columns], [.. Rows(reading, ordered)]));
        if (ruleSet.Goals.Any(g => g.IsActivity))
        {
            blocks.Add(new ReportHeading(w.IsSwedish ? "Aktiviteter" : "Activities"));
            blocks.AddRange(Tables(w, [w.IsSwedish ? "Aktivitet" : "Activity", .. columns], [.. ActivityRows(reading, ordered)]));
        }


        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].Year == ordered[i].Year)
            {
                blocks.AddRange(Changes(reading, ordered[i - 1], ordered[i], columns[i - 1], columns[i]));
            }
        }

        var last = ordered[^1];
        blocks.Add(new ReportHeading((w.IsSwedish ? "Senaste rapporten: " : "Latest report: ") + w.Report(last.Year, last.Report, last.Period)));
        blocks.Add(new ReportParagraph(VerdictParagraph.Write(ruleSet, last, language)));
        var title = (w.IsSwedish ? "Måluppfyllelse över tid – " : "Goal attainment over time – ") + ruleSet.Title;
        return ReadingText.ForReading(new ReportDocument(title, language, blocks.ToImmutable()), ruleSet.Indicators.Select(i => UnitText.Shown(i.Unit)));
    }

    /// <summary>
    /// What the table shows. A delårsrapport's numbers are forecasts for the year, an årsredovisning's the outcome, so a
    /// table with both says which is which instead of calling every number an outcome.
    /// </summary>
    private static string Introduction(ReportWords w, IReadOnlyList<EvaluationResult> ordered, IReadOnlyList<string> columns, bool elsewhere)
    {
        var interim = ordered.Any(r => r.Report == ReportKind.Interim);
        var annual = ordered.Any(r => r.Report == ReportKind.Annual);
        var (what, number) = (w.IsSwedish, interim, annual) switch
        {
            (true, true, true) => ("prognos eller utfall", "talet är prognosen eller utfallet i en delårsrapport (DÅ), som tabellerna i den anger, och utfallet i årsredovisningen (ÅR)"),
            (true, true, false) => ("prognos eller utfall", "talet är prognosen eller utfallet, som tabellerna i delårsrapporten anger"),
            (true, _, _) => ("utfall", "talet är utfallet"),
            (false, true, true) => ("forecast or outcome", "the number is the forecast or the outcome in an interim report (DÅ), as its tables say, and the outcome in the annual report (ÅR)"),
            (false, true, false) => ("forecast or outcome", "the number is the forecast or the outcome, as the interim report's tables say"),
            _ => ("outcome", "the number is the outcome"),
        };
        var count = NumberWords.CountCommon(ordered.Count, w.Language);
        var dash = elsewhere ? (w.IsSwedish ? ", – följs inte upp i rapporten" : ", – not followed up in that report") : string.Empty;
        var noun = w.GoalNoun;
        return w.IsSwedish
            ? $"Tabellen visar status och {what} för varje {noun} i {count} {(ordered.Count == 1 ? "rapport" : "rapporter")}{Span(w, columns)}. "
              + $"✔ uppfyllt, ◐ delvis uppfyllt, ✘ ej uppfyllt, ? ej bedömt, ○ följs upp{dash}; {number}."
            : $"The table shows the status and {what} of each {noun} in {count} {(ordered.Count == 1 ? "report" : "reports")}{Span(w, columns)}. "
              + $"✔ met, ◐ partly met, ✘ not met, ? not evaluable, ○ monitored{dash}; {number}.";
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

    private static IEnumerable<ImmutableArray<ReportCell>> Rows(ReportReading reading, IReadOnlyList<EvaluationResult> results)
    {
        var w = reading.Words;
        foreach (var goal in reading.RuleSet.Goals.Where(g => !g.IsActivity))
        {
            // A goal measured by one comparison has the same unit in every report: the goal's cell names it once, so
            // the report columns hold bare numbers and stay narrow enough for ten reports side by side.
            var unit = results.Select(r => r.Goal(goal.Id) is { } g ? reading.Goal(r, g).Comparisons.FigureUnit() : null).FirstOrDefault(u => u is not null);
            yield return [new ReportCell(WithUnit(goal.Title, unit)), .. results.Select(r => r.Goal(goal.Id) is { } g ? GoalCell(w, g, reading.Goal(r, g)) : new ReportCell(w.Dash))];
        }

        foreach (var category in new[] { GoalCategory.Operational, GoalCategory.Financial })
        {
            var requirement = reading.RuleSet.Policy.For(category);
            yield return [new ReportCell(w.CategoryHeading(category)), .. results.Select(r => CategoryCell(w, requirement, category == GoalCategory.Operational ? r.Verdict.Operational : r.Verdict.Financial))];
        }

        yield return [new ReportCell(w.IsSwedish ? "God ekonomisk hushållning" : "Sound financial management"), .. results.Select(r => new ReportCell($"{VerdictSymbol(r.Verdict.Status)} {w.Verdict(r.Verdict.Status)}", AsGoalStatus(r.Verdict.Status)))];
    }

    /// <summary>The activities, apart from the goals: each with its state in every report (pågår, genomförd), or a dash.</summary>
    private static IEnumerable<ImmutableArray<ReportCell>> ActivityRows(ReportReading reading, IReadOnlyList<EvaluationResult> results)
    {
        foreach (var activity in reading.RuleSet.Goals.Where(g => g.IsActivity))
        {
            yield return [new ReportCell(activity.Title), .. results.Select(r => new ReportCell(r.Goal(activity.Id) is { NotFollowedUp: false } g ? reading.Goal(r, g).Outcome : reading.Words.Dash))];
        }
    }

    /// <summary>
    /// The table, or as many tables as it takes to keep each within a page: every one with the goal column and at most
    /// <see cref="MostReportsPerTable"/> reports, so seventy reports never make one table of 71 columns 1,8 mm wide.
    /// </summary>
    private static IEnumerable<ReportTable> Tables(ReportWords w, ImmutableArray<string> headers, ImmutableArray<ImmutableArray<ReportCell>> rows)
    {
        var reports = headers.Length - 1;
        for (var first = 0; first < reports; first += MostReportsPerTable)
        {
            var count = Math.Min(MostReportsPerTable, reports - first);
            var columns = Enumerable.Range(0, 1).Concat(Enumerable.Range(first + 1, count)).ToList();
            yield return new ReportTable([.. columns.Select(c => headers[c])], [.. rows.Select(r => columns.Select(c => r[c]).ToImmutableArray())]);
        }
    }

    /// <summary>The most reports a trajectory table shows side by side; more are shown in further tables below it.</summary>
    internal const int MostReportsPerTable = 10;

    /// <summary>The goal's title with its unit, unless the title names it already ("Andel … (%)", "…, %").</summary>
    private static string WithUnit(string title, string? unit)
    {
        if (unit is null || title.Contains($"({unit})", StringComparison.Ordinal) || title.EndsWith($", {unit}", StringComparison.Ordinal) || title.EndsWith($" {unit}", StringComparison.Ordinal))
        {
            return title;
        }

        return $"{title} ({unit})";
    }

    private static ReportCell GoalCell(ReportWords w, GoalResult g, GoalReading reading)
    {
        if (g.NotFollowedUp)
        {
            return new ReportCell(w.Dash);
        }

        var text = reading.Comparisons.Figure() is { } figure ? figure.Number : w.StatusLower(g.Status);
        return new ReportCell($"{ReportWords.Symbol(g.Status)} {text}", g.Status);
    }

    /// <summary>
    /// "✘ 6 av 10, ej uppfyllt", "◐ 5 av 10, delvis uppfyllt"; a category decided by a recorded overall assessment says so
    /// instead of a count the assessment did not follow: "✘ ej uppfyllt (samlad bedömning: delvis uppfyllt)", or where the
    /// assessment's partly met makes the category partly met, in the policy's words: "◐ delvis förenlig (samlad bedömning)".
    /// </summary>
    private static ReportCell CategoryCell(ReportWords w, CategoryRequirement requirement, CategoryVerdict v)
    {
        var status = w.CategoryConclusion(v.Category, v.Status);
        if (v.IsJudged)
        {
            var overall = w.IsSwedish ? "samlad bedömning" : "overall assessment";
            // The category's status is the assessment's own when a partly met assessment makes it partly met: say only
            // that the assessment decided it. Otherwise name the assessment, which may differ from the category's status.
            var judged = v.Judgement is { } j
                ? requirement.CanBePartlyMet ? null : w.StatusLower(j.Status)
                : (w.IsSwedish ? "saknas" : "missing");
            return new($"{VerdictSymbol(v.Status)} {status} ({overall}{(judged is null ? string.Empty : $": {judged}")})", AsGoalStatus(v.Status));
        }

        return new($"{VerdictSymbol(v.Status)} {v.Met} {(w.IsSwedish ? "av" : "of")} {v.Total}, {status}", AsGoalStatus(v.Status));
    }

    private static string VerdictSymbol(VerdictStatus status) => ReportWords.Symbol(AsGoalStatus(status));

    /// <summary>The goal status whose symbol and colour show a verdict.</summary>
    internal static GoalStatus AsGoalStatus(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => GoalStatus.Met,
        VerdictStatus.PartlyMet => GoalStatus.PartlyMet,
        VerdictStatus.NotMet => GoalStatus.NotMet,
        VerdictStatus.Undetermined => GoalStatus.NotEvaluable,
        _ => GoalStatus.Monitored,
    };

    /// <summary>"Från DÅ 08 till ÅR 2023": the verdict before and after, and each goal that changed status with the values that moved.</summary>
    private static IEnumerable<ReportBlock> Changes(ReportReading reading, EvaluationResult before, EvaluationResult after, string beforeColumn, string afterColumn)
    {
        var w = reading.Words;
        yield return new ReportHeading(w.IsSwedish ? $"Från {beforeColumn} till {afterColumn}" : $"From {beforeColumn} to {afterColumn}");
        var verdict = before.Verdict.Status == after.Verdict.Status
            ? (w.IsSwedish ? $"Bedömningen av god ekonomisk hushållning är oförändrad: {w.Verdict(after.Verdict.Status)}." : $"The assessment of sound financial management is unchanged: {w.Verdict(after.Verdict.Status)}.")
            : (w.IsSwedish ? $"Bedömningen av god ekonomisk hushållning ändrades från {w.Verdict(before.Verdict.Status)} till {w.Verdict(after.Verdict.Status)}." : $"The assessment of sound financial management changed from {w.Verdict(before.Verdict.Status)} to {w.Verdict(after.Verdict.Status)}.");
        // A goal the earlier report did not follow up has no status there to change from.
        var changed = after.Goals.Where(g => !g.IsActivity && before.Goal(g.Id) is { NotFollowedUp: false } b && !g.NotFollowedUp && b.Status != g.Status).ToList();
        var noun = w.GoalNoun;
        var goals = changed.Count == 0
            ? (w.IsSwedish ? $" Inget {noun} bytte status." : $" No {noun} changed status.")
            : w.IsSwedish
                ? $" {NumberWords.Capitalized(w.Count(changed.Count))} {noun} bytte status:"
                : $" {NumberWords.Capitalized(w.Count(changed.Count))} {(changed.Count == 1 ? noun : w.GoalNounPlural)} changed status:";
        if (changed.Count > 0 && changed.Count > 12)
        {
            goals = w.IsSwedish ? $" Av dem bytte {changed.Count} {noun} status:" : $" Of them, {changed.Count} {w.GoalNounPlural} changed status:";
        }

        yield return new ReportParagraph(verdict + goals);
        if (changed.Count > 0)
        {
            yield return new ReportList([.. changed.Select(g => ChangeLine(reading, before, after, before.Goal(g.Id)!, g))]);
        }
    }

    private static string ChangeLine(ReportReading reading, EvaluationResult beforeReport, EvaluationResult afterReport, GoalResult before, GoalResult after)
    {
        var w = reading.Words;
        var moved = ValueChanges(reading, before, after, afterReport.Year);
        var why = moved.Count > 0
            ? (w.IsSwedish ? "Ändrade värden: " : "Values that moved: ") + string.Join("; ", moved) + "."
            : IsAssessed(before) && IsAssessed(after)
                ? (w.IsSwedish ? "Den manuella bedömningen ändrades." : "The manual assessment changed.")
                : (w.IsSwedish ? "Inga värden ändrades; målet för perioden skiljer sig." : "No values changed; the period's target differs.");
        var now = reading.Goal(afterReport, after);
        var comment = after.Comment is { } c && !after.Parts.IsDefaultOrEmpty ? $" {(w.IsSwedish ? "Kommentar" : "Comment")}: {SentenceText.End(c)}" : string.Empty;
        return $"{ReaderNames.Heading(after.Title)}: {w.StatusLower(before.Status)} → {w.StatusLower(after.Status)}. {why} {(w.IsSwedish ? "Nu" : "Now")}: {SentenceText.End(now.OutcomeAfterKind)}{comment}";
    }

    // A manually assessed goal has a status but no criterion parts (a person's verdict, not a computed one).
    private static bool IsAssessed(GoalResult goal) =>
        goal.Parts.IsEmpty && goal.Status is GoalStatus.Met or GoalStatus.PartlyMet or GoalStatus.NotMet;

    private static List<string> ValueChanges(ReportReading reading, GoalResult before, GoalResult after, int year)
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
            lines.Add($"{Name(reading, sample, year)}: {Text(reading, a)} → {Text(reading, b)}");
        }

        return lines;
    }

    private static (string, int?, string?, DateOnly?, string) Key(ValueUsed v) => (v.Indicator, v.Year, v.Key, v.Date, v.Source);

    /// <summary>A value as readers know it: the indicator's title, its breakdown, and the year or date when not the report's.</summary>
    private static string Name(ReportReading reading, ValueUsed v, int year)
    {
        var indicator = reading.RuleSet.FindIndicator(v.Indicator);
        var name = reading.Names.Indicator(v.Indicator);
        var key = v.Key is { } k ? $" ({reading.Names.Key(indicator?.Dimension, k, reading.Language)})" : string.Empty;
        var when = v.Source == ReferenceValue.FromBaseline ? $" ({(reading.Words.IsSwedish ? "ingångsvärde" : "baseline")})"
            : v.Date is { } d ? $" {DateText.Date(d, reading.Language)}"
            : v.Year is { } y && y != year ? $" {y}"
            : string.Empty;
        return name + key + when;
    }

    private static string Text(ReportReading reading, ValueUsed? v) => v switch
    {
        null => reading.Words.IsSwedish ? "saknas" : "missing",
        { Number: { } n } => reading.Decimals.Format(n, v.Indicator),
        { Flag: { } f } => OperatorReading.YesNo(f, reading.Language),
        _ => reading.Words.IsSwedish ? "saknas" : "missing",
    };
}
