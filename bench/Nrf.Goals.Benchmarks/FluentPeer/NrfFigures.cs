using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>
/// The fact: what one NRF report (one entity, one year) states, as one typed object with a property per figure the goals
/// read — null where the document does not report it.
/// </summary>
/// <remarks>
/// Why one typed fact and not one fact per reported indicator: the 13 goals read a fixed, known set of figures of one
/// report, so a domain object is what an NRules user would model (as they would model an <c>Order</c> or a
/// <c>Customer</c>). Each goal rule matches it once and reads typed properties, compiled into its expressions; there are
/// no joins to rebuild a report from 20 loose facts and no string keys in conditions. One fact per indicator would pay
/// 20 inserts and a beta join per figure a goal reads, and would need a second rule per goal (a <c>Not</c> pattern) to
/// say "not evaluable" when a figure is missing; here a missing figure is a null that the goal's rule turns into
/// <see cref="Outcome.NotEvaluable"/> in the same rule. Year-on-year figures are <see cref="Change"/>s, so "increased"
/// reads as such.
/// </remarks>
public sealed class NrfFigures
{
#pragma warning disable CS1591 // Each property is the figure its name says, for the report's year (Change: and the comparison year).
    public Change ShareNorrbotten { get; init; }
    public Change ShareJamtlandHarjedalen { get; init; }
    public Change ShareVasternorrland { get; init; }
    public decimal? RpoCount { get; init; }
    public decimal? RpoLevelStructuringDocumented { get; init; }
    public decimal? RpoUniversityCareDocumented { get; init; }
    public bool? FeedbackToSkr { get; init; }
    public bool? FeedbackToBoard { get; init; }
    public decimal? BgMeetingsPlanned { get; init; }
    public decimal? BgMeetingsQuorate { get; init; }
    public decimal? CoordinationMeetingsHeld { get; init; }
    public Change WebsiteVisitors { get; init; }

    /// <summary>The gap in self-rated health between girls and boys: this year's measurement and the previous one.</summary>
    public Change HealthGap { get; init; }

    public Change HtaCases { get; init; }
    public decimal? DialoguesPlanned { get; init; }
    public decimal? DialoguesHeld { get; init; }
    public bool? ReportedToBoard { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? Costs { get; init; }

    /// <summary>The deficit the board approved; 0 when none is reported (the indicator's default).</summary>
    public decimal ApprovedDeficit { get; init; }

    /// <summary>The year's bank balances, empty when none are reported.</summary>
    public decimal[] BankBalances { get; init; } = [];

    public decimal? Equity { get; init; }
#pragma warning restore CS1591

    /// <summary>Reads the figures of <paramref name="v"/>'s year (and the years they are compared with).</summary>
    public static NrfFigures From(ValuesDocument v)
    {
        var y = v.Year;
        var health = v.Find("self_rated_health_good_pct")?.Keyed;
        var previousMeasurement = int.MinValue;
        if (health is not null)
        {
            foreach (var year in health.Keys)
            {
                if (year < y && year > previousMeasurement)
                {
                    previousMeasurement = year;
                }
            }
        }

        var balances = new List<decimal>(12);
        foreach (var o in v.Find("bank_balance_sek")?.Series ?? [])
        {
            if (o.Date.Year == y)
            {
                balances.Add(o.Value);
            }
        }

        return new NrfFigures
        {
            ShareNorrbotten = new(Keyed(v, "national_group_share_pct", y, "norrbotten"), Keyed(v, "national_group_share_pct", y - 1, "norrbotten")),
            ShareJamtlandHarjedalen = new(Keyed(v, "national_group_share_pct", y, "jamtland-harjedalen"), Keyed(v, "national_group_share_pct", y - 1, "jamtland-harjedalen")),
            ShareVasternorrland = new(Keyed(v, "national_group_share_pct", y, "vasternorrland"), Keyed(v, "national_group_share_pct", y - 1, "vasternorrland")),
            RpoCount = Number(v, "rpo_count", y),
            RpoLevelStructuringDocumented = Number(v, "rpo_level_structuring_documented", y),
            RpoUniversityCareDocumented = Number(v, "rpo_university_care_documented", y),
            FeedbackToSkr = Flag(v, "care_pathway_feedback_to_skr", y),
            FeedbackToBoard = Flag(v, "care_pathway_feedback_to_board", y),
            BgMeetingsPlanned = Number(v, "bg_meetings_planned", y),
            BgMeetingsQuorate = Number(v, "bg_meetings_quorate", y),
            CoordinationMeetingsHeld = Number(v, "coordination_meetings_held", y),
            WebsiteVisitors = new(Number(v, "website_visitors", y), Number(v, "website_visitors", y - 1)),
            HealthGap = new(HealthGapOf(v, y), HealthGapOf(v, previousMeasurement)),
            HtaCases = new(Number(v, "hta_cases", y), Number(v, "hta_cases", y - 1)),
            DialoguesPlanned = Number(v, "followup_dialogues_planned", y),
            DialoguesHeld = Number(v, "followup_dialogues_held", y),
            ReportedToBoard = Flag(v, "followup_reported_to_board", y),
            Revenue = Number(v, "revenue_tkr", y),
            Costs = Number(v, "costs_tkr", y),
            ApprovedDeficit = Number(v, "approved_deficit_tkr", y) ?? 0m,
            BankBalances = balances.ToArray(),
            Equity = Number(v, "equity_sek", y),
        };
    }

    private static decimal? Number(ValuesDocument v, string id, int year) =>
        v.Find(id) is { } data && data.Years.TryGetValue(year, out var value) ? value : null;

    private static bool? Flag(ValuesDocument v, string id, int year) =>
        v.Find(id) is { } data && data.Flags.TryGetValue(year, out var value) ? value : null;

    private static decimal? Keyed(ValuesDocument v, string id, int year, string key) =>
        v.Find(id) is { } data && data.Keyed.TryGetValue(year, out var byKey) && byKey.TryGetValue(key, out var value) ? value : null;

    private static decimal? HealthGapOf(ValuesDocument v, int year) =>
        Keyed(v, "self_rated_health_good_pct", year, "K") is { } girls && Keyed(v, "self_rated_health_good_pct", year, "M") is { } boys
            ? Math.Abs(girls - boys)
            : null;
}
