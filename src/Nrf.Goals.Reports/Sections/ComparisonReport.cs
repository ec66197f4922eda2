using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// One rule set judged for many kommuner or regions (every kommun of the country, say): how many meet each goal and
/// the verdict, in words ("212 av 290 kommuner når målet"), and a table of every entity's goal statuses and verdict,
/// which HTML lets the reader sort by any column. It reads statuses only, so results of a statuses-only evaluation
/// (<see cref="Evaluation.EvaluationDetail.StatusesOnly"/>) suffice.
/// </summary>
public static class ComparisonReport
{
    /// <summary>Builds the report: the distribution of each goal and of the verdict, then the table.</summary>
    /// <param name="ruleSet">The rule set every entity was judged by.</param>
    /// <param name="scope">What was compared, for the title: <c>alla kommuner</c>, a group's name.</param>
    /// <param name="entities">The entities with their results, in the order the table lists them; at least one.</param>
    /// <param name="language">The language of the generated text; the rule set's titles stay as written.</param>
    public static ReportDocument Build(RuleSet ruleSet, string scope, IReadOnlyList<ComparedEntity> entities, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var table = Rows(ruleSet, entities, language, withSymbols: true);
        var sv = language == ReportLanguage.Swedish;
        var year = entities[0].Result.Year;
        var (singular, plural) = Nouns(entities, sv);
        var goals = Goals(ruleSet);
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ReportParagraph(sv
            ? $"{NumberWords.Capitalized(Count(goals.Count, sv))} mål har bedömts för {Number(entities.Count)} {(entities.Count == 1 ? singular : plural)} med värdena för {year}. {Verdicts(ruleSet, entities, plural, sv)}"
            : $"{NumberWords.Capitalized(Count(goals.Count, sv))} {(goals.Count == 1 ? "goal was" : "goals were")} judged for {Number(entities.Count)} {(entities.Count == 1 ? singular : plural)} on the values for {year}. {Verdicts(ruleSet, entities, plural, sv)}"));
        blocks.Add(new ReportHeading(sv ? "Per mål" : "By goal"));
        blocks.Add(new ReportList([.. goals.Select(g => Distribution(g, entities, plural, sv))]));
        blocks.Add(new ReportHeading(sv ? $"Per {singular}" : $"By {singular}"));
        blocks.Add(table with { Sortable = true });
        var title = $"{ruleSet.Title} – {scope} {year}";
        return new ReportDocument(title, language, blocks.ToImmutable());
    }

    /// <summary>
    /// The table alone, as a spreadsheet takes it: the entity's name and code, each goal's status and the verdict as
    /// plain words (<c>Uppfyllt</c>), one row per entity in the order given.
    /// </summary>
    public static ReportTable Table(RuleSet ruleSet, IReadOnlyList<ComparedEntity> entities, ReportLanguage language) =>
        Rows(ruleSet, entities, language, withSymbols: false);

    private static ReportTable Rows(RuleSet ruleSet, IReadOnlyList<ComparedEntity> entities, ReportLanguage language, bool withSymbols)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one entity.", nameof(entities));
        }

        var sv = language == ReportLanguage.Swedish;
        var w = ReportWords.For(language, ruleSet);
        var goals = Goals(ruleSet);
        ImmutableArray<string> headers =
        [
            NumberWords.Capitalized(Nouns(entities, sv).Singular), sv ? "Kod" : "Code", .. goals.Select(g => g.Title),
            sv ? "God ekonomisk hushållning" : "Sound financial management",
        ];
        string Shown(GoalStatus status, string word) => withSymbols ? $"{ReportWords.Symbol(status)} {word}" : word;
        var rows = entities.Select(e => (ImmutableArray<ReportCell>)
        [
            new ReportCell(e.Name),
            new ReportCell(e.Code),
            .. goals.Select(g => e.Result.Goal(g.Id) is { } r ? new ReportCell(Shown(r.Status, w.StatusWord(r.Status)), r.Status) : new ReportCell(w.Dash)),
            new ReportCell(Shown(TrajectoryReport.AsGoalStatus(e.Result.Verdict.Status), NumberWords.Capitalized(w.Verdict(e.Result.Verdict.Status))), TrajectoryReport.AsGoalStatus(e.Result.Verdict.Status)),
        ]);
        return new ReportTable(headers, [.. rows]);
    }

    private static List<Goal> Goals(RuleSet ruleSet) => ruleSet.Goals.Where(g => !g.IsActivity).ToList();

    /// <summary>"Resultat (minst 2 %): 212 av 290 kommuner når målet, 50 når det inte och 28 kan inte bedömas."</summary>
    private static string Distribution(Goal goal, IReadOnlyList<ComparedEntity> entities, string plural, bool sv)
    {
        var statuses = entities.Select(e => e.Result.Goal(goal.Id)?.Status).ToList();
        int Of(GoalStatus s) => statuses.Count(x => x == s);
        var cannot = ReportWords.For(sv ? ReportLanguage.Swedish : ReportLanguage.English).CannotBeAssessed;
        var head = $"{goal.Title}{(goal.Target is { Length: > 0 } t ? $" ({t})" : string.Empty)}: ";
        if (Of(GoalStatus.Monitored) > 0 && Of(GoalStatus.Met) + Of(GoalStatus.PartlyMet) + Of(GoalStatus.NotMet) == 0)
        {
            // A goal without a target ("Följa utvecklingen") is met by none: say it is followed, not that nobody meets it.
            var followed = sv
                ? $"följs upp utan mål för {Number(Of(GoalStatus.Monitored))} av {Number(entities.Count)} {plural}"
                : $"monitored without a target for {Number(Of(GoalStatus.Monitored))} of {Number(entities.Count)} {plural}";
            var unassessed = Of(GoalStatus.NotEvaluable) is > 0 and var u ? $", {Number(u)} {cannot}" : string.Empty;
            return head + followed + unassessed + ".";
        }

        var parts = new List<string>
        {
            sv ? $"{Number(Of(GoalStatus.Met))} av {Number(entities.Count)} {plural} når målet" : $"{Number(Of(GoalStatus.Met))} of {Number(entities.Count)} {plural} meet the goal",
        };
        void Add(GoalStatus s, string swedish, string english)
        {
            if (Of(s) > 0)
            {
                parts.Add($"{Number(Of(s))} {(sv ? swedish : english)}");
            }
        }

        Add(GoalStatus.PartlyMet, "når det delvis", "meet it partly");
        Add(GoalStatus.NotMet, "når det inte", "do not meet it");
        Add(GoalStatus.NotEvaluable, cannot, cannot);
        Add(GoalStatus.Monitored, "följs upp utan mål", "are monitored without a target");
        return head + Joined(parts, sv) + ".";
    }

    /// <summary>"God ekonomisk hushållning: 150 av 290 kommuner uppfyller kravet, 40 uppfyller det inte och 100 kan inte avgöras."</summary>
    private static string Verdicts(RuleSet ruleSet, IReadOnlyList<ComparedEntity> entities, string plural, bool sv)
    {
        int Of(VerdictStatus s) => entities.Count(e => e.Result.Verdict.Status == s);
        var parts = new List<string>
        {
            sv ? $"{Number(Of(VerdictStatus.Met))} av {Number(entities.Count)} {plural} uppfyller kravet" : $"{Number(Of(VerdictStatus.Met))} of {Number(entities.Count)} {plural} meet the requirement",
        };
        if (Of(VerdictStatus.NotMet) > 0)
        {
            parts.Add(sv ? $"{Number(Of(VerdictStatus.NotMet))} uppfyller det inte" : $"{Number(Of(VerdictStatus.NotMet))} do not meet it");
        }

        // Any other verdict a policy defines (partly met) in the policy's own words, so that every entity is counted.
        var w = ReportWords.For(sv ? ReportLanguage.Swedish : ReportLanguage.English, ruleSet);
        foreach (var other in entities.Select(e => e.Result.Verdict.Status).Distinct().Where(v => v is not (VerdictStatus.Met or VerdictStatus.NotMet or VerdictStatus.Undetermined)).Order())
        {
            parts.Add(sv ? $"{Number(Of(other))} med bedömningen {w.Verdict(other)}" : $"{Number(Of(other))} with the verdict {w.Verdict(other)}");
        }

        if (Of(VerdictStatus.Undetermined) > 0)
        {
            parts.Add(sv ? $"{Number(Of(VerdictStatus.Undetermined))} kan inte avgöras" : $"{Number(Of(VerdictStatus.Undetermined))} cannot be determined");
        }

        return (sv ? "God ekonomisk hushållning: " : "Sound financial management: ") + Joined(parts, sv) + ".";
    }

    /// <summary>What the entities are called: kommun/kommuner, region/regioner, or both.</summary>
    private static (string Singular, string Plural) Nouns(IReadOnlyList<ComparedEntity> entities, bool sv) =>
        (entities.All(e => e.IsRegion), entities.Any(e => e.IsRegion), sv) switch
        {
            (true, _, true) => ("region", "regioner"),
            (true, _, false) => ("region", "regions"),
            (false, false, true) => ("kommun", "kommuner"),
            (false, false, false) => ("municipality", "municipalities"),
            (_, _, true) => ("kommun eller region", "kommuner och regioner"),
            _ => ("municipality or region", "municipalities and regions"),
        };

    private static string Joined(List<string> parts, bool sv) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} {(sv ? "och" : "and")} {parts[^1]}";

    private static string Count(int n, bool sv) => NumberWords.Count(n, sv ? ReportLanguage.Swedish : ReportLanguage.English);

    private static string Number(int n) => NumberText.Format(n, 0);
}
