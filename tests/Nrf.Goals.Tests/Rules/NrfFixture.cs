using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules;

/// <summary>The shipped NRF rule set, compiled once for all tests of a class.</summary>
public sealed class NrfFixture
{
    public NrfFixture()
    {
        RuleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        Compiled = new NRulesCompiler().Compile(RuleSet);
    }

    public RuleSet RuleSet { get; }

    public ICompiledRuleSet Compiled { get; }

    /// <summary>
    /// Values where every NRF goal is met, as a report script would write them; <paramref name="overrides"/> replace
    /// single indicators (YAML flow text) and a null value removes the indicator.
    /// </summary>
    public EvaluationResult Evaluate(params (string Indicator, string? Yaml)[] overrides) => Evaluate("report: annual", overrides);

    public EvaluationResult Evaluate(string header, params (string Indicator, string? Yaml)[] overrides)
    {
        var values = new Dictionary<string, string?>(Baseline);
        foreach (var (indicator, yaml) in overrides)
        {
            values[indicator] = yaml;
        }

        var text = $"entity: nrf\nyear: 2023\n{header}\nvalues:\n" +
            string.Concat(values.Where(kv => kv.Value is not null).Select(kv => $"  {kv.Key}: {kv.Value}\n"));
        return Compiled.Evaluate(ValuesLoader.Parse(text, "values.yaml", RuleSet));
    }

    private static readonly Dictionary<string, string?> Baseline = new()
    {
        ["national_group_share_pct"] = "{2022: {norrbotten: 14.0, vasterbotten: 60.0, jamtland-harjedalen: 9.0, vasternorrland: 17.0}, 2023: {norrbotten: 14.1, vasterbotten: 59.0, jamtland-harjedalen: 9.1, vasternorrland: 17.1}}",
        ["rpo_count"] = "24",
        ["rpo_level_structuring_documented"] = "24",
        ["care_pathway_feedback_to_skr"] = "true",
        ["care_pathway_feedback_to_board"] = "true",
        ["bg_meetings_planned"] = "30",
        ["bg_meetings_quorate"] = "27",
        ["coordination_meetings_held"] = "2",
        ["rpo_university_care_documented"] = "24",
        ["website_visitors"] = "{2022: 41200, 2023: 41201}",
        ["self_rated_health_good_pct"] = "{2021: {K: 73, M: 91}, 2023: {K: 76, M: 90}}",
        ["hta_cases"] = "{2022: 11, 2023: 12}",
        ["followup_dialogues_planned"] = "30",
        ["followup_dialogues_held"] = "30",
        ["followup_reported_to_board"] = "true",
        ["revenue_tkr"] = "60980",
        ["costs_tkr"] = "60980",
        ["bank_balance_sek"] = "[{date: 2023-01-31, value: 2350000}, {date: 2023-06-30, value: 500000}, {date: 2023-12-31, value: 1675000}]",
        ["equity_sek"] = "1000000",
    };
}
