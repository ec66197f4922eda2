using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// What a report knows when it reads goals in words: the rule set (titles, units, periods, criteria), the names readers
/// know, the decimals of each indicator over every evaluation the report shows, and the language.
/// </summary>
internal sealed class ReportReading
{
    public ReportReading(RuleSet ruleSet, ReportLanguage language, IEnumerable<EvaluationResult> results)
    {
        RuleSet = ruleSet;
        Language = language;
        Words = ReportWords.For(language, ruleSet);
        Names = new ReaderNames(ruleSet);
        Decimals = new IndicatorDecimals(ruleSet, results);
    }

    public RuleSet RuleSet { get; }

    public ReportLanguage Language { get; }

    public ReportWords Words { get; }

    public ReaderNames Names { get; }

    public IndicatorDecimals Decimals { get; }

    /// <summary>The reading of <paramref name="goal"/> in the report <paramref name="report"/>.</summary>
    public GoalReading Goal(EvaluationResult report, GoalResult goal) => new(this, report, goal);
}
