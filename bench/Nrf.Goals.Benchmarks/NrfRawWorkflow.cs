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
