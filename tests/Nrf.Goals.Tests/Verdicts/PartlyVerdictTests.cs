using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Verdicts;

/// <summary>
/// Issue 20: partly met categories and verdicts, only where the policy says so — each policy form and each combination,
/// three-valued over the goals that could not be evaluated.
/// </summary>
public sealed class PartlyVerdictTests
{
    private static IEnumerable<GoalResult> Goals(GoalCategory category, int met, int notEvaluable, int notMet, int partly = 0) =>
        Enumerable.Repeat(GoalStatus.Met, met)
            .Concat(Enumerable.Repeat(GoalStatus.NotEvaluable, notEvaluable))
            .Concat(Enumerable.Repeat(GoalStatus.NotMet, notMet))
            .Concat(Enumerable.Repeat(GoalStatus.PartlyMet, partly))
            .Select((s, i) => new GoalResult { Id = $"g{i}", Title = "g", Category = category, Status = s, Explanation = string.Empty });

    // {atLeast: 7, partlyFrom: 5} of ten: met from 7, partly met from 5 — and undetermined while the goals not evaluable
    // could still move it across a bound.
    [Theory]
    [InlineData(7, 0, 3, VerdictStatus.Met)]
    [InlineData(7, 3, 0, VerdictStatus.Met)]
    [InlineData(6, 0, 4, VerdictStatus.PartlyMet)]
    [InlineData(5, 0, 5, VerdictStatus.PartlyMet)]
    [InlineData(5, 1, 4, VerdictStatus.PartlyMet)]
    [InlineData(4, 0, 6, VerdictStatus.NotMet)]
    [InlineData(3, 1, 6, VerdictStatus.NotMet)]
    [InlineData(6, 1, 3, VerdictStatus.Undetermined)]
    [InlineData(5, 2, 3, VerdictStatus.Undetermined)]
    [InlineData(4, 1, 5, VerdictStatus.Undetermined)]
    [InlineData(0, 10, 0, VerdictStatus.Undetermined)]
    public void JudgeCategory_AtLeastSevenPartlyFromFive_FourValuedOverTheGoalsNotEvaluable(int met, int notEvaluable, int notMet, VerdictStatus expected)
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7, 5), Goals(GoalCategory.Operational, met, notEvaluable, notMet));

        verdict.Should().BeEquivalentTo(new { Status = expected, Met = met, NotEvaluable = notEvaluable, Total = 10, Required = 7, PartlyFrom = 5, Rule = "atLeast 7, partlyFrom 5" });
    }

    [Fact]
    public void JudgeCategory_PartlyMetGoalsUnderAPartlyBound_CountAsNotMet()
    {
        // Four met and two partly met goals: partly met goals are not met goals, so four is under the bound of five.
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7, 5), Goals(GoalCategory.Operational, 4, 0, 4, partly: 2));

        verdict.Should().BeEquivalentTo(new { Met = 4, PartlyMet = 2, Status = VerdictStatus.NotMet });
    }

    // {share: 70 %, partlyFrom: 50 %}: both rounded up from the goals that count, 7 and 5 of ten, 3 and 2 of three.
    [Theory]
    [InlineData(7, 0, 3, 7, 5, VerdictStatus.Met)]
    [InlineData(5, 0, 5, 7, 5, VerdictStatus.PartlyMet)]
    [InlineData(4, 0, 6, 7, 5, VerdictStatus.NotMet)]
    [InlineData(4, 1, 5, 7, 5, VerdictStatus.Undetermined)]
    [InlineData(2, 0, 1, 3, 2, VerdictStatus.PartlyMet)]
    [InlineData(1, 0, 2, 3, 2, VerdictStatus.NotMet)]
    [InlineData(3, 0, 0, 3, 2, VerdictStatus.Met)]
    public void JudgeCategory_ShareSeventyPartlyFromFifty_RoundsBothUp(int met, int notEvaluable, int notMet, int required, int partlyFrom, VerdictStatus expected)
    {
        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Financial, new ShareRequired(0.7m, 0.5m), Goals(GoalCategory.Financial, met, notEvaluable, notMet));

        verdict.Should().BeEquivalentTo(new { Status = expected, Required = required, PartlyFrom = partlyFrom, Rule = "share 70 %, partlyFrom 50 %" });
    }

    // A recorded judgement decides; partly met is partly met only where the policy says partly: true (Vårgårda's "delvis
    // förenlig"), and not met where it does not (Region Norrbotten: "delvis uppfyllt" is not god måluppfyllelse).
    [Theory]
    [InlineData(false, GoalStatus.Met, VerdictStatus.Met)]
    [InlineData(false, GoalStatus.PartlyMet, VerdictStatus.NotMet)]
    [InlineData(false, GoalStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData(false, null, VerdictStatus.Undetermined)]
    [InlineData(true, GoalStatus.Met, VerdictStatus.Met)]
    [InlineData(true, GoalStatus.PartlyMet, VerdictStatus.PartlyMet)]
    [InlineData(true, GoalStatus.NotMet, VerdictStatus.NotMet)]
    [InlineData(true, null, VerdictStatus.Undetermined)]
    public void JudgeCategory_Judgement_PartlyOnlyWhereThePolicySaysSo(bool partly, GoalStatus? judged, VerdictStatus expected)
    {
        var judgement = judged is { } s ? new ManualAssessment(s, "Verksamhetens utfall", "Kommunstyrelsen") : null;

        var verdict = VerdictJudge.JudgeCategory(GoalCategory.Operational, new JudgementRequired("verksamhet", partly), Goals(GoalCategory.Operational, 8, 0, 19, partly: 3), judgement);

        verdict.Should().BeEquivalentTo(new { Status = expected, IsJudged = true, Required = (int?)null, PartlyFrom = (int?)null, Rule = partly ? "judgement verksamhet, partly" : "judgement verksamhet" });
        verdict.Judgement.Should().Be(judgement);
    }

    /// <summary>A category that is known: met, partly met or not met.</summary>
    private static CategoryVerdict Known(VerdictStatus status) => new()
    {
        Category = GoalCategory.Operational, Met = 0, PartlyMet = 0, NotMet = 0, NotEvaluable = 0, Monitored = 0, Total = 10,
        Required = 7, Rule = "atLeast 7, partlyFrom 5", Status = status,
    };

    /// <summary>An undetermined count of ten, {atLeast: 7, partlyFrom: 5}: "NM..P" (4 met, 1 open), "P..M" (6 met, 1 open), "NM..M" (4 met, 3 open).</summary>
    private static CategoryVerdict Open(string range) => range switch
    {
        "NM..P" => VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7, 5), Goals(GoalCategory.Operational, 4, 1, 5)),
        "P..M" => VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7, 5), Goals(GoalCategory.Operational, 6, 1, 3)),
        _ => VerdictJudge.JudgeCategory(GoalCategory.Operational, new AtLeastRequired(7, 5), Goals(GoalCategory.Operational, 4, 3, 3)),
    };

    private static CategoryVerdict Category(string status) => status switch
    {
        "M" => Known(VerdictStatus.Met),
        "P" => Known(VerdictStatus.PartlyMet),
        "NM" => Known(VerdictStatus.NotMet),
        "report-only" => Known(VerdictStatus.ReportOnly) with { Required = null, Rule = "report-only" },
        "no judgement" => VerdictJudge.JudgeCategory(GoalCategory.Operational, new JudgementRequired("j", Partly: true), []),
        _ => Open(status),
    };

    // The verdict from two categories under each rule, with undetermined categories as the ranges they may still take.
    [Theory]
    // No partly met verdict: met only if both are met; a partly met category counts as not met.
    [InlineData(PartlyVerdictRule.None, "M", "M", VerdictStatus.Met)]
    [InlineData(PartlyVerdictRule.None, "M", "P", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.None, "P", "P", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.None, "M", "NM", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.None, "M", "NM..M", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.None, "P", "NM..M", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.None, "M", "P..M", VerdictStatus.Undetermined)]
    // partly: every — partly met when every category is at least partly met.
    [InlineData(PartlyVerdictRule.Every, "M", "M", VerdictStatus.Met)]
    [InlineData(PartlyVerdictRule.Every, "M", "P", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Every, "P", "P", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Every, "P", "NM", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.Every, "M", "NM", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.Every, "M", "P..M", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.Every, "P", "P..M", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Every, "M", "NM..P", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.Every, "NM", "NM..M", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.Every, "M", "no judgement", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.Every, "NM", "no judgement", VerdictStatus.NotMet)]
    // partly: some — partly met when some category is at least partly met; not met only when none is.
    [InlineData(PartlyVerdictRule.Some, "M", "M", VerdictStatus.Met)]
    [InlineData(PartlyVerdictRule.Some, "M", "NM", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Some, "P", "NM", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Some, "NM", "NM", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.Some, "M", "NM..M", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.Some, "NM", "NM..M", VerdictStatus.Undetermined)]
    [InlineData(PartlyVerdictRule.Some, "NM", "P..M", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Some, "P", "NM..P", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Some, "NM", "no judgement", VerdictStatus.Undetermined)]
    // A report-only category does not decide: the other one alone does.
    [InlineData(PartlyVerdictRule.Every, "report-only", "P", VerdictStatus.PartlyMet)]
    [InlineData(PartlyVerdictRule.Some, "report-only", "NM", VerdictStatus.NotMet)]
    [InlineData(PartlyVerdictRule.Some, "report-only", "M", VerdictStatus.Met)]
    [InlineData(PartlyVerdictRule.Some, "report-only", "report-only", VerdictStatus.Undetermined)]
    public void Combine_TwoCategoriesUnderEachRule_FollowsTheTable(PartlyVerdictRule rule, string operational, string financial, VerdictStatus expected)
    {
        VerdictJudge.Combine(rule, Category(operational), Category(financial)).Should().Be(expected);
        VerdictJudge.Combine(rule, Category(financial), Category(operational)).Should().Be(expected, "the rules are symmetric");
    }

    [Fact]
    public void Combine_StatusesAlone_CountAPartlyMetCategoryAsNotMet()
    {
        VerdictJudge.Combine(VerdictStatus.PartlyMet, VerdictStatus.Met).Should().Be(VerdictStatus.NotMet);
        VerdictJudge.Combine(VerdictStatus.PartlyMet, VerdictStatus.Undetermined).Should().Be(VerdictStatus.NotMet);
    }

    [Fact]
    public void Judge_VårgårdaLikePolicy_PartlyMetVerdictWithTheRuleAndWording()
    {
        // Operational: the document's own judgement, "delvis förenligt"; financial: 2 of 3 met, partly from 2; verdict: every.
        var policy = new VerdictPolicy(new JudgementRequired("verksamhetens_forenlighet", Partly: true), new AtLeastRequired(3, 2), "God ekonomisk hushållning")
        {
            PartlyVerdict = PartlyVerdictRule.Every,
        };
        var goals = Goals(GoalCategory.Operational, 8, 0, 19, partly: 3).Concat(Goals(GoalCategory.Financial, 1, 0, 2)).ToList();
        var judgement = new ManualAssessment(GoalStatus.PartlyMet, "Verksamhetens utfall 2023 är delvis förenligt med fullmäktiges övergripande mål för verksamheten.", "Kommunfullmäktige");

        var notReached = VerdictJudge.Judge(policy, goals, id => id == "verksamhetens_forenlighet" ? judgement : null);
        var reached = VerdictJudge.Judge(policy, [.. Goals(GoalCategory.Operational, 8, 0, 19, partly: 3), .. Goals(GoalCategory.Financial, 2, 0, 1)], id => judgement);

        (notReached.Status, notReached.Operational.Status, notReached.Financial.Status).Should().Be((VerdictStatus.NotMet, VerdictStatus.PartlyMet, VerdictStatus.NotMet));
        (reached.Status, reached.Operational.Status, reached.Financial.Status).Should().Be((VerdictStatus.PartlyMet, VerdictStatus.PartlyMet, VerdictStatus.PartlyMet));
        (reached.Rule, reached.Wording).Should().Be(("partly every", "God ekonomisk hushållning"));
    }

    [Fact]
    public void Judge_PolicyWithoutPartlyRules_HasNoRuleAndNeverPartlyMet()
    {
        var policy = new VerdictPolicy(new AtLeastRequired(7), new AllRequired(), null);

        var verdict = VerdictJudge.Judge(policy, [.. Goals(GoalCategory.Operational, 6, 0, 4), .. Goals(GoalCategory.Financial, 3, 0, 0)]);

        (verdict.Status, verdict.Rule, verdict.Operational.PartlyFrom).Should().Be((VerdictStatus.NotMet, (string?)null, (int?)null));
    }
}
