using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// The limit: NRF's 13 criteria as hand-written C# lambdas over the same values document. They judge each goal met or
/// not and apply the policy (7 of 10 operational, all 3 financial), with no explanations, no parts, no missing-value
/// handling — the least work that still reads the document.
/// </summary>
public static class NrfHandWritten
{
    private static readonly Func<ValuesDocument, bool>[] Criteria =
    [
        v => Increased(v, "national_group_share_pct", "norrbotten") && Increased(v, "national_group_share_pct", "jamtland-harjedalen") && Increased(v, "national_group_share_pct", "vasternorrland"),
        v => N(v, "rpo_count") > 0 && N(v, "rpo_level_structuring_documented") == N(v, "rpo_count"),
        v => F(v, "care_pathway_feedback_to_skr") && F(v, "care_pathway_feedback_to_board"),
        v => N(v, "bg_meetings_quorate") / N(v, "bg_meetings_planned") >= 0.90m,
        v => N(v, "coordination_meetings_held") >= 2,
        v => N(v, "rpo_count") > 0 && N(v, "rpo_university_care_documented") == N(v, "rpo_count"),
        v => N(v, "website_visitors") > N(v, "website_visitors", v.Year - 1),
        v => Gap(v, v.Year) < Gap(v, PreviousMeasurement(v, "self_rated_health_good_pct")),
        v => N(v, "hta_cases") > N(v, "hta_cases", v.Year - 1),
        v => N(v, "followup_dialogues_held") >= N(v, "followup_dialogues_planned") && F(v, "followup_reported_to_board"),
        v => N(v, "revenue_tkr") >= N(v, "costs_tkr") - (v.Find("approved_deficit_tkr")?.Years.GetValueOrDefault(v.Year) ?? 0m),
        v => MinOfYear(v, "bank_balance_sek") >= 500_000m,
        v => N(v, "equity_sek") >= 1_000_000m,
    ];

    /// <summary>Whether each of the 13 goals (mål 1–13, in order) is met; for the self-checks.</summary>
    public static bool[] Goals(ValuesDocument values) => Array.ConvertAll(Criteria, criterion => criterion(values));

    /// <summary>Judges the 13 goals and the verdict: true when at least 7 of the 10 operational and all 3 financial goals are met.</summary>
    public static bool Evaluate(ValuesDocument values)
    {
        var operational = 0;
        for (var i = 0; i < 10; i++)
        {
            operational += Criteria[i](values) ? 1 : 0;
        }

        var financial = 0;
        for (var i = 10; i < 13; i++)
        {
            financial += Criteria[i](values) ? 1 : 0;
        }

        return operational >= 7 && financial == 3;
    }

    private static decimal N(ValuesDocument v, string id) => N(v, id, v.Year);

    private static decimal N(ValuesDocument v, string id, int year) => v.Find(id)!.Years[year];

    private static bool F(ValuesDocument v, string id) => v.Find(id)!.Flags[v.Year];

    private static decimal K(ValuesDocument v, string id, int year, string key) => v.Find(id)!.Keyed[year][key];

    private static bool Increased(ValuesDocument v, string id, string key) => K(v, id, v.Year, key) > K(v, id, v.Year - 1, key);

    private static decimal Gap(ValuesDocument v, int year) =>
        Math.Abs(K(v, "self_rated_health_good_pct", year, "K") - K(v, "self_rated_health_good_pct", year, "M"));

    private static int PreviousMeasurement(ValuesDocument v, string id)
    {
        var best = int.MinValue;
        foreach (var year in v.Find(id)!.Keyed.Keys)
        {
            if (year < v.Year && year > best)
            {
                best = year;
            }
        }

        return best;
    }

    private static decimal MinOfYear(ValuesDocument v, string id)
    {
        var min = decimal.MaxValue;
        foreach (var o in v.Find(id)!.Series)
        {
            if (o.Date.Year == v.Year && o.Value < min)
            {
                min = o.Value;
            }
        }

        return min;
    }
}
