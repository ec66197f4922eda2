using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Words;

/// <summary>The fixed words of generated reports in Swedish and English: status labels, category names, headers.</summary>
public sealed class ReportWords
{
    private ReportWords(ReportLanguage language, string financial)
    {
        Language = language;
        _financial = financial;
    }

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
    public static ReportWords For(ReportLanguage language, RuleSet ruleSet) =>
        language == ReportLanguage.Swedish && ruleSet.Policy.Wording is { } wording && wording.Contains("ekonomiska mål", StringComparison.OrdinalIgnoreCase)
            ? new ReportWords(language, "ekonomiska")
            : For(language);

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

    /// <summary>The verdict status in running text: <c>uppfyllt</c>, <c>kan inte avgöras</c>.</summary>
    public string Verdict(VerdictStatus status) => VerdictStatusNames.Word(status, Language);

    /// <summary>The category's heading: <c>Verksamhetsmål</c>, <c>Finansiella mål</c> (<c>Ekonomiska mål</c>, see <see cref="FinancialAdjective"/>).</summary>
    public string CategoryHeading(GoalCategory category) => (IsSwedish, category) switch
    {
        (true, GoalCategory.Operational) => "Verksamhetsmål",
        (true, _) => NumberWords.Capitalized(_financial) + " mål",
        (false, GoalCategory.Operational) => "Operational goals",
        _ => "Financial goals",
    };

    /// <summary>The plural noun after a count: <c>tio verksamhetsmål</c>, <c>tre finansiella mål</c>.</summary>
    public string CategoryPlural(GoalCategory category) => CategoryHeading(category).ToLowerInvariant();

    /// <summary>The one goal of a category, definite: <c>Verksamhetsmålet</c>, <c>Det finansiella målet</c>.</summary>
    public string CategorySingularDefinite(GoalCategory category) => (IsSwedish, category) switch
    {
        (true, GoalCategory.Operational) => "Verksamhetsmålet",
        (true, _) => $"Det {_financial} målet",
        (false, GoalCategory.Operational) => "The operational goal",
        _ => "The financial goal",
    };

    /// <summary>The category's goals, definite plural: <c>Verksamhetsmålen</c>, <c>De finansiella målen</c>.</summary>
    public string CategoryPluralDefinite(GoalCategory category) => (IsSwedish, category) switch
    {
        (true, GoalCategory.Operational) => "Verksamhetsmålen",
        (true, _) => $"De {_financial} målen",
        (false, GoalCategory.Operational) => "The operational goals",
        _ => "The financial goals",
    };

    /// <summary>The heading of a goal column: <c>Mål</c>, <c>Goal</c>.</summary>
    public string GoalHeader => IsSwedish ? "Mål" : "Goal";

    /// <summary>
    /// What a report says when the values did not name their report and were read as the årsredovisning: a delårsrapport
    /// read so would state its forecasts as outcomes, so the reader is told what was assumed.
    /// </summary>
    public string ReportAssumed(int year) => IsSwedish
        ? $"Obs: värdena för {year} anger inte vilken rapport de gäller och har lästs som årsredovisningen {year} (ÅR). Gäller de en delårsrapport är talen prognoser, inte utfall."
        : $"Note: the values for {year} do not say which report they are for and were read as the annual report {year} (ÅR). If they are an interim report, the numbers are forecasts, not outcomes.";

    /// <summary>The goal table's headings; an interim report's values are a forecast (prognos), an annual report's the outcome (utfall).</summary>
    public string[] GoalTableHeaders(ReportKind report) => IsSwedish
        ? ["Mål", "Status", report == ReportKind.Interim ? "Prognos" : "Utfall", "Målvärde", "Kommentar"]
        : ["Goal", "Status", report == ReportKind.Interim ? "Forecast" : "Outcome", "Target", "Comment"];

    /// <summary>The chart's title: <c>Prognos mot målvärde</c> in an interim report, <c>Utfall mot målvärde</c> in an annual one.</summary>
    public string ChartTitle(ReportKind report) => (IsSwedish, report) switch
    {
        (true, ReportKind.Interim) => "Prognos mot målvärde",
        (true, _) => "Utfall mot målvärde",
        (false, ReportKind.Interim) => "Forecast against target",
        _ => "Actual against target",
    };

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

    /// <summary>What an empty cell shows: an en dash.</summary>
    public string Dash => "–";
}
