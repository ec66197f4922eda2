using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// What a report section says of one goal in one report: its outcome in words (the rule file's template where it gives
/// one, otherwise read from the criterion and the numbers evaluation computed), what kind of number that is (prognos,
/// utfall, läge), the comment, its chart bars, and how far it is from its target — all from the result and the rule set.
/// </summary>
internal sealed class GoalReading
{
    private readonly ReportReading _reading;
    private readonly EvaluationResult _report;
    private readonly GoalResult _result;
    private readonly Goal? _goal;
    private readonly ImmutableArray<CriterionPart> _parts;
    private readonly List<PartReading> _readers = [];

    public GoalReading(ReportReading reading, EvaluationResult report, GoalResult result)
    {
        _reading = reading;
        _report = report;
        _result = result;
        _goal = reading.RuleSet.FindGoal(result.Id);
        _parts = _goal is null ? [] : ChosenParts(_goal.Criterion, result);
        var subjects = new Subjects(reading, _parts);
        for (var i = 0; i < _parts.Length; i++)
        {
            var partResult = i < result.Parts.Length ? result.Parts[i] : null;
            var values = new ReadValues(reading.RuleSet, result, partResult, _parts[i], report.Year);
            _readers.Add(new PartReading(_parts[i], partResult, new PartReader(reading, _parts[i], values, subjects, report.Year, report.Period), values));
        }
    }

    private ReportWords W => _reading.Words;

    private bool Swedish => W.IsSwedish;

    /// <summary>True when the report's period is not one the goal is followed up in.</summary>
    public bool NotFollowedUp => _result.NotFollowedUp;

    /// <summary>Where the goal is reported instead, when it is not followed up in this report: <c>Redovisas i årsredovisningen</c>.</summary>
    public string? ReportedIn => NotFollowedUp && FollowUp.Next(_goal, _report.Period) is { } next ? W.ReportedIn(next) : null;

    /// <summary>The outcome cell: the numbers and their target in words, the state of an activity, who assessed a manual goal, or a dash.</summary>
    public string Outcome
    {
        get
        {
            if (_result.IsActivity)
            {
                return _result.Activity is { } state ? ActivityWords(state) : W.Dash;
            }

            if (_result.Status == GoalStatus.NotEvaluable || (NotFollowedUp && _result.Parts.IsDefaultOrEmpty))
            {
                return W.Dash;
            }

            if (_result.Parts.IsDefaultOrEmpty && _result.Status is GoalStatus.Met or GoalStatus.PartlyMet or GoalStatus.NotMet)
            {
                return _result.AssessedBy is { } by ? (Swedish ? $"Bedömt av {by}" : $"Assessed by {by}") : (Swedish ? "Bedömt manuellt" : "Assessed manually");
            }

            if (_result.FromTemplate)
            {
                return _result.Explanation;
            }

            if (_readers.Count == 0)
            {
                return _reading.Names.InGeneratedText(_result.Explanation);
            }

            // One sentence of parts: the first begins it, the others go on in lower case ("Kvinnor 41 % …; män 39 % …"),
            // but a part's label is the analyst's name for it ("Jämtland Härjedalen") and stays as written.
            return SentenceText.Capitalized(string.Join("; ", _readers.Select((r, i) => i == 0 || r.Part.Label is not null ? r.Reader.Read() : NumberWords.Lowered(r.Reader.Read()))));
        }
    }

    /// <summary>
    /// The outcome after the words that say what its numbers are ("Utfall jan–aug: kvinnor 16,0 % …"), going on in lower
    /// case unless it starts with an abbreviation ("BG beslutsför …") or a part's label, the analyst's name for it.
    /// </summary>
    public string OutcomeAfterKind
    {
        get
        {
            var outcome = Outcome;
            var labelled = !_result.FromTemplate && _readers.Count > 0 && _readers[0].Part.Label is not null;
            return !labelled && (_readers.Count > 0 || _result.FromTemplate) ? NumberWords.Lowered(outcome) : outcome;
        }
    }

    /// <summary>
    /// What the outcome's numbers are, from the periods the indicators cover (<see cref="ValuePeriodText.Heading"/>):
    /// <c>Prognos helår</c>, <c>Utfall jan–aug</c>, <c>Läge 31 augusti</c>; null when the outcome has no numbers.
    /// </summary>
    public string? Kind
    {
        get
        {
            if (_result.IsActivity || _result.Status == GoalStatus.NotEvaluable || _result.Parts.IsDefaultOrEmpty || _goal is null)
            {
                return null;
            }

            // The criterion's numbers first; a template's (the goal's or a case's) only where the criterion has none.
            var templates = _goal.Criterion is ScheduledCriterion s ? s.Cases.Select(c => c.Explanation).Prepend(_goal.Explanation) : [_goal.Explanation];
            var expressions = _parts.Select(p => p.Expression).Concat(templates.OfType<ExplanationTemplate>().SelectMany(t => t.Placeholders.Select(p => p.Part.Expression)));
            var kinds = expressions.SelectMany(ExprNodes.Walk).OfType<IndicatorRef>()
                .Select(r => _reading.RuleSet.FindIndicator(r.Indicator))
                .Where(i => i is not null && i.Type == IndicatorValueType.Number)
                // A dated series is observed up to the report's cut-off: its numbers are the outcome so far.
                .Select(i => ValuePeriodText.Heading(i!.Shape == IndicatorShape.Dated ? ValuePeriod.YearToDate : i.Period, _report.Report, _report.Period, _reading.Language))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return kinds.FirstOrDefault();
        }
    }

    /// <summary>The comment cell: the assessor's or the values' comment, or what keeps the goal from being assessed.</summary>
    public string Comment
    {
        get
        {
            if (ReportedIn is { } elsewhere)
            {
                return elsewhere;
            }

            if (_result.Comment is { } comment)
            {
                return comment;
            }

            return _result.Status == GoalStatus.NotEvaluable ? Unassessable() : string.Empty;
        }
    }

    /// <summary>
    /// Why the goal cannot be assessed: the values missing, named as readers know them ("Värde saknas: kvinnor; år
    /// 2019."), found from the criterion and the values used; otherwise the reason evaluation gave, its ids renamed.
    /// </summary>
    private string Unassessable()
    {
        var missing = _readers.SelectMany(r => Missing(r.Part, r.Reader, r.Values)).ToList();
        if (missing.Count > 0)
        {
            var named = missing.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            // When the values say why (saknas i Kolada), the reader hears it, not only that a value is missing.
            var head = Reasons.StatedWhy(_result.Reason) is { } why ? SentenceText.Capitalized(why.TrimEnd('.')) : Swedish ? "Värde saknas" : "Value missing";
            return named.Count > 0 ? $"{head}: {string.Join("; ", named)}." : head + ".";
        }

        var reason = _result.Reason is { } r ? _reading.Names.InGeneratedText(r) : string.Empty;
        return $"{SentenceText.Capitalized(W.CannotBeAssessed)}: {SentenceText.End(reason)}";
    }

    /// <summary>
    /// The references of a part that have no value, each as readers name it (the breakdown, "år 2019", "vid föregående
    /// mätning"); an empty name where the goal's title names it.
    /// </summary>
    private static IEnumerable<string> Missing(CriterionPart part, PartReader reader, ReadValues values)
    {
        foreach (var node in ExprNodes.Walk(part.Expression))
        {
            switch (node)
            {
                case IndicatorRef r when r.Type != ExprType.KeyedRef && r.Type != ExprType.SeriesRef && values.Number(r) is null && values.Flag(r) is null:
                    yield return reader.Name(r);
                    break;
                case CallExpr c when ReadValues.IsReference(c) && values.Number(c) is null && values.Flag(c) is null:
                    yield return reader.VisitCall(c);
                    break;
                case CallExpr c when !ReadValues.IsReference(c) && FunctionLibrary.Find(c.Function)?.Form(c) == Expressions.Functions.FunctionForm.OfReferences
                                     && values.Inputs(c) is var inputs && (inputs.Count == 0 || inputs.Any(i => i.Number is null && i.Flag is null)):
                    // A function of references names what it read: its time shift's time, else the indicator.
                    yield return c.Arguments is [CallExpr shift, ..] && ReadValues.IsReference(shift) ? reader.VisitCall(shift) : reader.Name(c);
                    break;
            }
        }
    }

    /// <summary>The goal's compared numbers: its chart bars, its one figure for a trajectory, how far it is from its target.</summary>
    public GoalComparisons Comparisons => new(_reading, _result, _readers);

    private string ActivityWords(ActivityState state)
    {
        var word = Swedish ? ActivityStateNames.Swedish(state) : ActivityStateNames.English(state);
        return NumberWords.Capitalized(word);
    }

    /// <summary>The parts of the case that was applied: the one whose parts are those of the result, written alike.</summary>
    private static ImmutableArray<CriterionPart> ChosenParts(Criterion criterion, GoalResult result)
    {
        var texts = result.Parts.Select(p => p.Criterion).ToList();
        foreach (var parts in Candidates(criterion))
        {
            if (parts.Length == texts.Count && parts.Select(p => p.Text).SequenceEqual(texts, StringComparer.Ordinal))
            {
                return parts;
            }
        }

        return [];
    }

    private static IEnumerable<ImmutableArray<CriterionPart>> Candidates(Criterion criterion) => criterion switch
    {
        ExpressionCriterion e => [e.Parts],
        MonitorCriterion m => [m.Shown],
        ScheduledCriterion s => s.Cases.SelectMany(c => Candidates(c.Criterion)),
        _ => [],
    };
}
