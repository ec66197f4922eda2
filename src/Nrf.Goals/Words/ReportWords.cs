using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Words;

/// <summary>The fixed words of generated reports in Swedish and English: status labels, category names, headers.</summary>
public sealed class ReportWords
{
    private ReportWords(ReportLanguage language, string financial, bool styrmatt = false, VerdictPolicy? policy = null)
    {
        Language = language;
        _financial = financial;
        SpeaksOfStyrmatt = styrmatt;
        _policy = policy;
    }

    // The rule set's policy, for its own words for its conclusions ("delvis förenlig", "uppnås delvis"); null for
    // reports that name no rule set.
    private readonly VerdictPolicy? _policy;

    // The Swedish adjective of the financial category: "finansiella" (Kommunallagen's word), or "ekonomiska" where the
    // rule set's policy says so (NRF: "minst sju av tio verksamhetsmål och samtliga ekonomiska mål").
    private readonly string _financial;

    /// <summary>The Swedish words, naming the financial goals <c>finansiella</c>.</summary>
    public static ReportWords Swedish { get; } = new(ReportLanguage.Swedish, "finansiella");

    /// <summary>The English words.</summary>
    public static ReportWords English { get; } = new(ReportLanguage.English, "finansiella");

    /// <summary>The language of these words.</summary>
    public ReportLanguage Language { get; }

    /// <summary>True for Swedish.</summary>
    public bool IsSwedish => Language == ReportLanguage.Swedish;

    /// <summary>The words of <paramref name="language"/>, for reports that name no rule set.</summary>
    public static ReportWords For(ReportLanguage language) => language == ReportLanguage.Swedish ? Swedish : English;

    /// <summary>
    /// The words for reports on <paramref name="ruleSet"/>: in Swedish the financial goals are named as the policy names
    /// them, so that a report quoting "samtliga ekonomiska mål" also heads its table "Ekonomiska mål".
    /// </summary>
    public static ReportWords For(ReportLanguage language, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var financial = language == ReportLanguage.Swedish && ruleSet.Policy.Wording is { } wording && wording.Contains("ekonomiska mål", StringComparison.OrdinalIgnoreCase)
            ? "ekonomiska"
            : "finansiella";
        // A balanced scorecard (a plan whose hierarchy has perspektiv, as Region Norrbotten's) counts styrmått, not
        // verksamhetsmål: its goals are the board's steering indicators under each strategic goal.
        var styrmatt = !ruleSet.Groups.IsDefaultOrEmpty && ruleSet.Groups.Any(g => string.Equals(g.Level, "perspektiv", StringComparison.OrdinalIgnoreCase));
        return new ReportWords(language, financial, styrmatt, ruleSet.Policy);
    }

    /// <summary>True when the rule set's plan calls its goals styrmått (a balanced scorecard with perspektiv), so reports do too.</summary>
    public bool SpeaksOfStyrmatt { get; }

    /// <summary>The Swedish adjective naming the financial goals: <c>finansiella</c> or <c>ekonomiska</c>.</summary>
    public string FinancialAdjective => _financial;

    /// <summary>A count in words up to twelve (<c>sju</c>), in digits above.</summary>
    public string Count(int n) => NumberWords.Count(n, Language);

    /// <summary>The status as symbol and word, so it never depends on colour: <c>✔ Uppfyllt</c>.</summary>
    public string Status(GoalStatus status) => $"{Symbol(status)} {StatusWord(status)}";

    /// <summary>The symbol that shows a status without colour (see <see cref="GoalStatusNames.Symbol"/>).</summary>
    public static string Symbol(GoalStatus status) => GoalStatusNames.Symbol(status);

    /// <summary>The status as a capitalised word: <c>Uppfyllt</c>, <c>Not met</c>.</summary>
    public string StatusWord(GoalStatus status) => NumberWords.Capitalized(GoalStatusNames.Word(status, Language));

    /// <summary>The status in lower case, for running text.</summary>
    public string StatusLower(GoalStatus status) => GoalStatusNames.Word(status, Language);

    /// <summary>
    /// <c>kan inte bedömas</c>, <c>cannot be assessed</c>: what is said of a goal that is not evaluable, in running text
    /// (the goal's reason follows it, or its title precedes it).
    /// </summary>
    public string CannotBeAssessed => IsSwedish ? "kan inte bedömas" : "cannot be assessed";

    /// <summary>
    /// The verdict status in running text: <c>uppfyllt</c>, <c>delvis uppfyllt</c>, <c>kan inte avgöras</c>; in Swedish the
    /// policy's own word where the rule file gives one (<c>words: {verdict: {partlyMet: uppnås delvis}}</c>).
    /// </summary>
    public string Verdict(VerdictStatus status) => Own(_policy?.VerdictWords, status) ?? VerdictStatusNames.Word(status, Language);

    /// <summary>
    /// A category's status in running text, as <see cref="Verdict"/> for the verdict: the standard words, or in Swedish the
    /// policy's own word for the category's conclusion (<c>delvis förenlig</c>).
    /// </summary>
    public string CategoryConclusion(GoalCategory category, VerdictStatus status) =>
        Own(_policy?.WordsFor(category), status) ?? VerdictStatusNames.Word(status, Language);

    /// <summary>True when Swedish text words the verdict in the policy's own words (<c>uppnås</c>, <c>uppnås delvis</c>, <c>uppnås inte</c>).</summary>
    public bool HasOwnVerdictWords => IsSwedish && _policy?.VerdictWords is not null;

    // The plan's words are Swedish: English reports keep the standard words.
    private string? Own(ConclusionWords? words, VerdictStatus status) => IsSwedish ? words?.For(status) : null;

    /// <summary>
    /// The category's heading: <c>Verksamhetsmål</c>, <c>Finansiella mål</c> (<c>Ekonomiska mål</c>, see
    /// <see cref="FinancialAdjective"/>); in a plan of styrmått, <c>Styrmått</c> and <c>Finansiella styrmått</c>.
    /// </summary>
    public string CategoryHeading(GoalCategory category) => (IsSwedish, SpeaksOfStyrmatt, category) switch
    {
        (true, true, GoalCategory.Operational) => "Styrmått",
        (true, true, _) => NumberWords.Capitalized(_financial) + " styrmått",
        (true, false, GoalCategory.Operational) => "Verksamhetsmål",
        (true, false, _) => NumberWords.Capitalized(_financial) + " mål",
        (false, true, GoalCategory.Operational) => "Steering indicators",
        (false, true, _) => "Financial steering indicators",
        (false, false, GoalCategory.Operational) => "Operational goals",
        _ => "Financial goals",
    };

    /// <summary>The plural noun after a count: <c>tio verksamhetsmål</c>, <c>tre finansiella mål</c>, <c>52 styrmått</c>.</summary>
    public string CategoryPlural(GoalCategory category) => CategoryHeading(category).ToLowerInvariant();

    /// <summary>The one goal of a category, definite: <c>Verksamhetsmålet</c>, <c>Det finansiella målet</c>, <c>Styrmåttet</c>.</summary>
    public string CategorySingularDefinite(GoalCategory category) => (IsSwedish, SpeaksOfStyrmatt, category) switch
    {
        (true, true, GoalCategory.Operational) => "Styrmåttet",
        (true, true, _) => $"Det {_financial} styrmåttet",
        (true, false, GoalCategory.Operational) => "Verksamhetsmålet",
        (true, false, _) => $"Det {_financial} målet",
        (false, true, GoalCategory.Operational) => "The steering indicator",
        (false, true, _) => "The financial steering indicator",
        (false, false, GoalCategory.Operational) => "The operational goal",
        _ => "The financial goal",
    };

    /// <summary>The category's goals, definite plural: <c>Verksamhetsmålen</c>, <c>De finansiella målen</c>, <c>Styrmåtten</c>.</summary>
    public string CategoryPluralDefinite(GoalCategory category) => (IsSwedish, SpeaksOfStyrmatt, category) switch
    {
        (true, true, GoalCategory.Operational) => "Styrmåtten",
        (true, true, _) => $"De {_financial} styrmåtten",
        (true, false, GoalCategory.Operational) => "Verksamhetsmålen",
        (true, false, _) => $"De {_financial} målen",
        (false, true, GoalCategory.Operational) => "The steering indicators",
        (false, true, _) => "The financial steering indicators",
        (false, false, GoalCategory.Operational) => "The operational goals",
        _ => "The financial goals",
    };

    /// <summary>
    /// The monitor-only measures of a category, after a count: <c>verksamhetsmått</c>, <c>finansiella mått</c>; in a plan
    /// of styrmått, <c>styrmått</c> and <c>finansiella styrmått</c>.
    /// </summary>
    public string MonitoredPlural(GoalCategory category) => (IsSwedish, category == GoalCategory.Operational) switch
    {
        (true, true) => SpeaksOfStyrmatt ? "styrmått" : "verksamhetsmått",
        (true, false) => SpeaksOfStyrmatt ? $"{_financial} styrmått" : $"{_financial} mått",
        (false, true) => SpeaksOfStyrmatt ? "steering indicators" : "operational measures",
        _ => SpeaksOfStyrmatt ? "financial steering indicators" : "financial measures",
    };

    /// <summary>A goal in the plan's own term, in running text: <c>mål</c>, <c>styrmått</c> (both neuter, alike in the plural); <c>goal</c>, <c>steering indicator</c>.</summary>
    public string GoalNoun => (IsSwedish, SpeaksOfStyrmatt) switch
    {
        (true, true) => "styrmått",
        (true, false) => "mål",
        (false, true) => "steering indicator",
        _ => "goal",
    };

    /// <summary>The plural of <see cref="GoalNoun"/>: <c>mål</c>, <c>styrmått</c>; <c>goals</c>, <c>steering indicators</c>.</summary>
    public string GoalNounPlural => IsSwedish ? GoalNoun : GoalNoun + "s";

    /// <summary>The heading of a goal column in the plan's own term: <c>Mål</c>, or <c>Styrmått</c> where the plan speaks of styrmått.</summary>
    public string GoalHeader => (IsSwedish, SpeaksOfStyrmatt) switch
    {
        (true, true) => "Styrmått",
        (true, false) => "Mål",
        (false, true) => "Steering indicator",
        _ => "Goal",
    };

    /// <summary>
    /// What a report says when the values did not name their report and were read as the årsredovisning: a delårsrapport
    /// read so would state its forecasts as outcomes, so the reader is told what was assumed.
    /// </summary>
    public string ReportAssumed(int year) => IsSwedish
        ? $"Obs: värdena för {year} anger inte vilken rapport de gäller och har lästs som årsredovisningen {year} (ÅR). Gäller de en delårsrapport är talen prognoser, inte utfall."
        : $"Note: the values for {year} do not say which report they are for and were read as the annual report {year} (ÅR). If they are an interim report, the numbers are forecasts, not outcomes.";

    /// <summary>
    /// The goal table's headings: the goal in the plan's term, its status, its numbers under <paramref name="outcome"/>
    /// (what they are: <c>Prognos helår</c>, <c>Utfall jan–aug</c>, see <see cref="ValuePeriodText"/>), the target and a comment.
    /// </summary>
    public string[] GoalTableHeaders(string outcome) => IsSwedish
        ? [GoalHeader, "Status", outcome, "Målvärde", "Kommentar"]
        : [GoalHeader, "Status", outcome, "Target", "Comment"];

    /// <summary>
    /// The chart's title: <c>Prognos mot målvärde</c> in an interim report, <c>Utfall mot målvärde</c> in an annual one,
    /// <c>Prognos/utfall mot målvärde</c> in an interim report whose bars are forecasts and outcomes both.
    /// </summary>
    public string ChartTitle(ReportKind report, bool mixed = false) =>
        IsSwedish ? $"{ChartValue(report, mixed)} mot målvärde" : $"{ChartValue(report, mixed)} against target";

    /// <summary>What a chart's bars show: <c>Prognos</c> in an interim report, <c>Utfall</c> in an annual one, <c>Prognos/utfall</c> when mixed.</summary>
    public string ChartValue(ReportKind report, bool mixed = false) => (IsSwedish, report, mixed) switch
    {
        (_, ReportKind.Interim, true) => ValuePeriodText.MixedHeading(report, Language),
        (true, ReportKind.Interim, _) => "Prognos",
        (true, _, _) => "Utfall",
        (false, ReportKind.Interim, _) => "Forecast",
        _ => "Actual",
    };

    /// <summary>What a chart's target marks are: <c>Målvärde</c>.</summary>
    public string ChartTarget => IsSwedish ? "Målvärde" : "Target";

    /// <summary>The report and period as readers name it: <c>delårsrapport DÅ 08 2023</c>, <c>årsredovisning 2023</c>.</summary>
    public string Report(int year, ReportKind report, ReportPeriod? period) => (IsSwedish, report) switch
    {
        (true, ReportKind.Annual) => $"årsredovisning {year}",
        (true, _) => period is { } p ? $"delårsrapport {ReportPeriodNames.Display(p)} {year}" : $"delårsrapport {year}",
        (false, ReportKind.Annual) => $"annual report {year}",
        _ => period is { } p ? $"interim report {ReportPeriodNames.Display(p)} {year}" : $"interim report {year}",
    };

    /// <summary>A column name for one values document in a trajectory: <c>2023 DÅ 08</c>.</summary>
    public static string Column(int year, ReportKind report, ReportPeriod? period) =>
        $"{year} {(period is { } p ? ReportPeriodNames.Display(p) : report == ReportKind.Annual ? "ÅR" : "DÅ")}";

    /// <summary>How running text names the entity: the rule set's <c>entityNoun</c>, else <c>organisationen</c>.</summary>
    public string EntityNoun(RuleSet ruleSet) => IsSwedish
        ? ruleSet.EntityNoun?.Swedish ?? "organisationen"
        : ruleSet.EntityNoun?.English ?? "the organisation";

    /// <summary>
    /// Where a goal not followed up in this report is reported instead: <c>Redovisas i årsredovisningen</c>,
    /// <c>Redovisas i delårsrapporten DÅ 04</c>.
    /// </summary>
    public string ReportedIn(ReportPeriod period) => (IsSwedish, period) switch
    {
        (true, ReportPeriod.Annual) => "Redovisas i årsredovisningen",
        (true, _) => $"Redovisas i delårsrapporten {ReportPeriodNames.Display(period)}",
        (false, ReportPeriod.Annual) => "Reported in the annual report",
        _ => $"Reported in the interim report {ReportPeriodNames.Display(period)}",
    };

    /// <summary>The report a section is written for, definite: <c>delårsrapporten</c>, <c>årsredovisningen</c>.</summary>
    public string ThisReport(ReportKind report) => (IsSwedish, report) switch
    {
        (true, ReportKind.Interim) => "delårsrapporten",
        (true, _) => "årsredovisningen",
        (false, ReportKind.Interim) => "the interim report",
        _ => "the annual report",
    };

    /// <summary>What an empty cell shows: an en dash.</summary>
    public string Dash => "–";
}
