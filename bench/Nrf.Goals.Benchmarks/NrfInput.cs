using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>The flat input object of <see cref="NrfRawWorkflow"/>: one property per value a criterion reads.</summary>
public sealed class NrfInput
{
#pragma warning disable CS1591 // Each property is the indicator (and year) its name says.
    public decimal ShareNorrbotten { get; init; }
    public decimal ShareNorrbottenPrevious { get; init; }
    public decimal ShareJamtland { get; init; }
    public decimal ShareJamtlandPrevious { get; init; }
    public decimal ShareVasternorrland { get; init; }
    public decimal ShareVasternorrlandPrevious { get; init; }
    public decimal RpoCount { get; init; }
    public decimal RpoLevelStructuringDocumented { get; init; }
    public decimal RpoUniversityCareDocumented { get; init; }
    public bool FeedbackToSkr { get; init; }
    public bool FeedbackToBoard { get; init; }
    public decimal BgMeetingsPlanned { get; init; }
    public decimal BgMeetingsQuorate { get; init; }
    public decimal CoordinationMeetingsHeld { get; init; }
    public decimal WebsiteVisitors { get; init; }
    public decimal WebsiteVisitorsPrevious { get; init; }
    public decimal HealthK { get; init; }
    public decimal HealthM { get; init; }
    public decimal HealthKPrevious { get; init; }
    public decimal HealthMPrevious { get; init; }
    public decimal HtaCases { get; init; }
    public decimal HtaCasesPrevious { get; init; }
    public decimal DialoguesPlanned { get; init; }
    public decimal DialoguesHeld { get; init; }
    public bool ReportedToBoard { get; init; }
    public decimal Revenue { get; init; }
    public decimal Costs { get; init; }
    public decimal ApprovedDeficit { get; init; }
    public decimal[] BankBalances { get; init; } = [];
    public decimal Equity { get; init; }
#pragma warning restore CS1591

    /// <summary>Reads the values the workflow needs from <paramref name="v"/> (the previous measurement of health is the latest earlier year).</summary>
    public static NrfInput From(ValuesDocument v)
    {
        var y = v.Year;
        var share = v.Find("national_group_share_pct")!.Keyed;
        var health = v.Find("self_rated_health_good_pct")!.Keyed;
        var previousHealth = health.Keys.Where(k => k < y).Max();
        decimal N(string id, int year) => v.Find(id)!.Years[year];
        bool F(string id) => v.Find(id)!.Flags[y];
        return new NrfInput
        {
            ShareNorrbotten = share[y]["norrbotten"],
            ShareNorrbottenPrevious = share[y - 1]["norrbotten"],
            ShareJamtland = share[y]["jamtland-harjedalen"],
            ShareJamtlandPrevious = share[y - 1]["jamtland-harjedalen"],
            ShareVasternorrland = share[y]["vasternorrland"],
            ShareVasternorrlandPrevious = share[y - 1]["vasternorrland"],
            RpoCount = N("rpo_count", y),
            RpoLevelStructuringDocumented = N("rpo_level_structuring_documented", y),
            RpoUniversityCareDocumented = N("rpo_university_care_documented", y),
            FeedbackToSkr = F("care_pathway_feedback_to_skr"),
            FeedbackToBoard = F("care_pathway_feedback_to_board"),
            BgMeetingsPlanned = N("bg_meetings_planned", y),
            BgMeetingsQuorate = N("bg_meetings_quorate", y),
            CoordinationMeetingsHeld = N("coordination_meetings_held", y),
            WebsiteVisitors = N("website_visitors", y),
            WebsiteVisitorsPrevious = N("website_visitors", y - 1),
            HealthK = health[y]["K"],
            HealthM = health[y]["M"],
            HealthKPrevious = health[previousHealth]["K"],
            HealthMPrevious = health[previousHealth]["M"],
            HtaCases = N("hta_cases", y),
            HtaCasesPrevious = N("hta_cases", y - 1),
            DialoguesPlanned = N("followup_dialogues_planned", y),
            DialoguesHeld = N("followup_dialogues_held", y),
            ReportedToBoard = F("followup_reported_to_board"),
            Revenue = N("revenue_tkr", y),
            Costs = N("costs_tkr", y),
            ApprovedDeficit = v.Find("approved_deficit_tkr")?.Years.GetValueOrDefault(y) ?? 0m,
            BankBalances = v.Find("bank_balance_sek")!.Series.Where(o => o.Date.Year == y).Select(o => o.Value).ToArray(),
            Equity = N("equity_sek", y),
        };
    }
}
