using Nrf.Goals.Values;
using RulesEngine.Models;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// The peer: NRF's 13 criteria written by hand as one Microsoft RulesEngine workflow, the way a team using the engine
/// directly would: the document is flattened into an input object per call and every rule runs through
/// <c>ExecuteAllRulesAsync</c>. Like the lambdas it gives met / not met and the verdict, with no explanations.
/// </summary>
public sealed class NrfRawWorkflow
{
    private const string WorkflowName = "nrf-raw";

    private static readonly (string Name, string Expression)[] Criteria =
    [
        ("mal-1", "i.ShareNorrbotten > i.ShareNorrbottenPrevious && i.ShareJamtland > i.ShareJamtlandPrevious && i.ShareVasternorrland > i.ShareVasternorrlandPrevious"),
        ("mal-2", "i.RpoCount > 0 && i.RpoLevelStructuringDocumented == i.RpoCount"),
        ("mal-3", "i.FeedbackToSkr && i.FeedbackToBoard"),
        ("mal-4", "i.BgMeetingsQuorate / i.BgMeetingsPlanned >= 0.90m"),
        ("mal-5", "i.CoordinationMeetingsHeld >= 2"),
        ("mal-6", "i.RpoCount > 0 && i.RpoUniversityCareDocumented == i.RpoCount"),
        ("mal-7", "i.WebsiteVisitors > i.WebsiteVisitorsPrevious"),
        ("mal-8", "Math.Abs(i.HealthK - i.HealthM) < Math.Abs(i.HealthKPrevious - i.HealthMPrevious)"),
        ("mal-9", "i.HtaCases > i.HtaCasesPrevious"),
        ("mal-10", "i.DialoguesHeld >= i.DialoguesPlanned && i.ReportedToBoard"),
        ("mal-11", "i.Revenue >= i.Costs - i.ApprovedDeficit"),
        ("mal-12", "i.BankBalances.Min() >= 500000"),
        ("mal-13", "i.Equity >= 1000000"),
    ];

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Builds the engine with the workflow and runs it once, so that the engine has compiled every rule.</summary>
    public NrfRawWorkflow(ValuesDocument warmUp)
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = Criteria.Select(c => new Rule { RuleName = c.Name, RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = c.Expression }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings { UseFastExpressionCompiler = true });
        if (!Evaluate(warmUp))
        {
            throw new InvalidOperationException("The raw workflow should find the example's verdict met.");
        }
    }

    /// <summary>Flattens <paramref name="values"/>, runs the workflow and applies the policy; true when the verdict is met.</summary>
    public bool Evaluate(ValuesDocument values)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("i", NrfInput.From(values))).GetAwaiter().GetResult();
        var operational = 0;
        var financial = 0;
        for (var r = 0; r < results.Count; r++)
        {
            if (results[r].IsSuccess)
            {
                if (r < 10)
                {
                    operational++;
                }
                else
                {
                    financial++;
                }
            }
        }

        return operational >= 7 && financial == 3;
    }
}

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
