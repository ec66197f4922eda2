using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Rules;

/// <summary>
/// Each NRF goal on both sides of its boundary, against the wording of section 4 of the NRF plan
/// (../shared/seeds/004_588c960be017f338.txt).
/// </summary>
public sealed class NrfRuleSetTests(NrfFixture nrf) : IClassFixture<NrfFixture>
{
    private GoalResult Goal(string id, params (string, string?)[] overrides) => nrf.Evaluate(overrides).Goal(id)!;

    [Fact]
    public void Evaluate_AllGoalsAtTheirBoundary_EveryGoalMetAndVerdictMet()
    {
        var result = nrf.Evaluate();

        result.Goals.Select(g => (g.Id, g.Status)).Should().OnlyContain(g => g.Status == GoalStatus.Met);
        result.Verdict.Status.Should().Be(VerdictStatus.Met);
        result.Verdict.Operational.Should().BeEquivalentTo(new { Met = 10, Total = 10, Required = 7, Rule = "atLeast 7", Status = VerdictStatus.Met });
        result.Verdict.Financial.Should().BeEquivalentTo(new { Met = 3, Total = 3, Required = 3, Rule = "all", Status = VerdictStatus.Met });
    }

    [Fact]
    public void Mal1_OneRegionUnchanged_PartlyMet()
    {
        var goal = Goal("mal-1", ("national_group_share_pct", "{2022: {norrbotten: 14.0, jamtland-harjedalen: 9.0, vasternorrland: 17.0}, 2023: {norrbotten: 14.0, jamtland-harjedalen: 9.1, vasternorrland: 17.1}}"));

        goal.Status.Should().Be(GoalStatus.PartlyMet);
        goal.Parts.Select(p => (p.Label, p.Status)).Should().Equal(("Norrbotten", GoalStatus.NotMet), ("Jämtland Härjedalen", GoalStatus.Met), ("Västernorrland", GoalStatus.Met));
    }

    [Fact]
    public void Mal1_VasterbottenAloneRises_NotMet()
    {
        var goal = Goal("mal-1", ("national_group_share_pct", "{2022: {norrbotten: 14.0, vasterbotten: 60.0, jamtland-harjedalen: 9.0, vasternorrland: 17.0}, 2023: {norrbotten: 13.9, vasterbotten: 62.0, jamtland-harjedalen: 9.0, vasternorrland: 16.0}}"));

        goal.Status.Should().Be(GoalStatus.NotMet);
    }

    [Fact]
    public void Mal1_LastYearMissingForOneRegion_NotEvaluableNamingTheValue()
    {
        var goal = Goal("mal-1", ("national_group_share_pct", "{2022: {jamtland-harjedalen: 9.0, vasternorrland: 17.0}, 2023: {norrbotten: 14.1, jamtland-harjedalen: 9.1, vasternorrland: 17.1}}"));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för national_group_share_pct[norrbotten] 2022");
    }

    [Theory]
    [InlineData("24", "24", GoalStatus.Met)]
    [InlineData("24", "23", GoalStatus.NotMet)]
    [InlineData("0", "0", GoalStatus.NotMet)]
    public void Mal2_DocumentedAgainstRpoCount_MetOnlyWhenAllOfAtLeastOne(string count, string documented, GoalStatus expected)
    {
        Goal("mal-2", ("rpo_count", count), ("rpo_level_structuring_documented", documented)).Status.Should().Be(expected);
        Goal("mal-6", ("rpo_count", count), ("rpo_university_care_documented", documented)).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("true", "true", GoalStatus.Met)]
    [InlineData("true", "false", GoalStatus.PartlyMet)]
    [InlineData("false", "true", GoalStatus.PartlyMet)]
    [InlineData("false", "false", GoalStatus.NotMet)]
    public void Mal3_FeedbackToSkrAndBoard_BothRequired(string skr, string board, GoalStatus expected)
    {
        Goal("mal-3", ("care_pathway_feedback_to_skr", skr), ("care_pathway_feedback_to_board", board)).Status.Should().Be(expected);
    }

    [Fact]
    public void Mal3_BoardFeedbackMissing_NotEvaluable()
    {
        var goal = Goal("mal-3", ("care_pathway_feedback_to_board", null));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för care_pathway_feedback_to_board 2023");
    }

    [Fact]
    public void Mal4_QuorateAtExactlyNinetyPercent_Met()
    {
        var goal = Goal("mal-4", ("bg_meetings_planned", "30"), ("bg_meetings_quorate", "27"));

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Explanation.Should().Be("BG beslutsför vid 27 av 30 möten (90,0 %), mål minst 90 %");
    }

    [Fact]
    public void Mal4_QuorateAt26Of29_NotMetWithTheNumbersInTheExplanation()
    {
        var goal = Goal("mal-4", ("bg_meetings_planned", "29"), ("bg_meetings_quorate", "26"));

        goal.Status.Should().Be(GoalStatus.NotMet);
        goal.Explanation.Should().Be("BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %");
        goal.Parts.Single().Detail.Should().Be("bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 < 0,90");
        goal.Values.Select(v => (v.Indicator, v.Year, v.Number)).Should().Equal(("bg_meetings_quorate", 2023, 26m), ("bg_meetings_planned", 2023, 29m));
    }

    [Fact]
    public void Mal4_NoMeetingsPlanned_NotEvaluableNotNotMet()
    {
        var goal = Goal("mal-4", ("bg_meetings_planned", "0"), ("bg_meetings_quorate", "0"));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("division med noll");
    }

    [Theory]
    [InlineData("2", GoalStatus.Met)]
    [InlineData("1", GoalStatus.NotMet)]
    public void Mal5_CoordinationMeetings_AtLeastTwo(string held, GoalStatus expected)
    {
        Goal("mal-5", ("coordination_meetings_held", held)).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("{2022: 41200, 2023: 41201}", GoalStatus.Met)]
    [InlineData("{2022: 41200, 2023: 41200}", GoalStatus.NotMet)]
    public void Mal7_WebsiteVisitors_MoreThanLastYear(string visitors, GoalStatus expected)
    {
        Goal("mal-7", ("website_visitors", visitors)).Status.Should().Be(expected);
    }

    [Fact]
    public void Mal7_LastYearMissing_NotEvaluable()
    {
        var goal = Goal("mal-7", ("website_visitors", "45900"));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("värde saknas för website_visitors 2022");
        goal.Explanation.Should().Be("Kan inte bedömas: värde saknas för website_visitors 2022.");
    }

    [Theory]
    [InlineData("{2021: {K: 73, M: 91}, 2023: {K: 76, M: 90}}", GoalStatus.Met)] // gap 14 < 18
    [InlineData("{2021: {K: 73, M: 91}, 2023: {K: 72, M: 90}}", GoalStatus.NotMet)] // gap 18 = 18
    [InlineData("{2021: {K: 73, M: 91}, 2022: {K: 80, M: 90}, 2023: {K: 76, M: 90}}", GoalStatus.NotMet)] // 14 vs the 2022 measurement's 10
    public void Mal8_GenderGap_SmallerThanAtThePreviousMeasurement(string health, GoalStatus expected)
    {
        Goal("mal-8", ("self_rated_health_good_pct", health)).Status.Should().Be(expected);
    }

    [Fact]
    public void Mal8_NoEarlierMeasurement_NotEvaluable()
    {
        var goal = Goal("mal-8", ("self_rated_health_good_pct", "{2023: {K: 76, M: 90}}"));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("ingen tidigare mätning av self_rated_health_good_pct före 2023");
    }

    [Theory]
    [InlineData("{2022: 11, 2023: 12}", GoalStatus.Met)]
    [InlineData("{2022: 11, 2023: 11}", GoalStatus.NotMet)]
    public void Mal9_HtaCases_MoreThanLastYear(string cases, GoalStatus expected)
    {
        Goal("mal-9", ("hta_cases", cases)).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("30", "true", GoalStatus.Met)]
    [InlineData("29", "true", GoalStatus.PartlyMet)]
    [InlineData("30", "false", GoalStatus.PartlyMet)]
    [InlineData("29", "false", GoalStatus.NotMet)]
    public void Mal10_DialoguesHeldAndReported_BothRequired(string held, string reported, GoalStatus expected)
    {
        Goal("mal-10", ("followup_dialogues_held", held), ("followup_reported_to_board", reported)).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("60980", "60980", null, GoalStatus.Met)]
    [InlineData("60979", "60980", null, GoalStatus.NotMet)]
    [InlineData("60480", "60980", "500", GoalStatus.Met)]
    [InlineData("60479", "60980", "500", GoalStatus.NotMet)]
    public void Mal11_RevenueAgainstCostsLessApprovedDeficit(string revenue, string costs, string? deficit, GoalStatus expected)
    {
        Goal("mal-11", ("revenue_tkr", revenue), ("costs_tkr", costs), ("approved_deficit_tkr", deficit)).Status.Should().Be(expected);
    }

    [Fact]
    public void Mal11_AmountsWhereDoubleArithmeticErrs_JudgedExactlyInDecimal()
    {
        // In double, 0.4 - 0.1 = 0.30000000000000004 > 0.3 and the goal would wrongly be not met.
        var goal = Goal("mal-11", ("revenue_tkr", "0.3"), ("costs_tkr", "0.4"), ("approved_deficit_tkr", "0.1"));

        goal.Status.Should().Be(GoalStatus.Met);
    }

    [Theory]
    [InlineData("500000", GoalStatus.Met)]
    [InlineData("499999.99", GoalStatus.NotMet)]
    public void Mal12_LowestBankBalance_NeverBelow500000(string lowest, GoalStatus expected)
    {
        var series = $"[{{date: 2023-01-31, value: 2350000}}, {{date: 2023-06-30, value: {lowest}}}, {{date: 2023-12-31, value: 1675000}}]";
        Goal("mal-12", ("bank_balance_sek", series)).Status.Should().Be(expected);
    }

    [Fact]
    public void Mal12_InterimReport_IgnoresObservationsAfterAsOfAndOtherYears()
    {
        var series = "[{date: 2022-12-31, value: 100000}, {date: 2023-03-31, value: 900000}, {date: 2023-09-30, value: 200000}]";
        var goal = nrf.Evaluate("report: interim\nasOf: 2023-08-31", ("bank_balance_sek", series)).Goal("mal-12")!;

        goal.Status.Should().Be(GoalStatus.Met);
        goal.Explanation.Should().Be("Lägsta saldo under året 900 000 kr, mål minst 500 000 kr");
    }

    [Fact]
    public void Mal12_NoObservationsInTheYear_NotEvaluable()
    {
        var goal = Goal("mal-12", ("bank_balance_sek", "[{date: 2022-12-31, value: 100000}]"));

        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("inga observationer av bank_balance_sek 2023");
    }

    [Theory]
    [InlineData("1000000", GoalStatus.Met)]
    [InlineData("999999.99", GoalStatus.NotMet)]
    public void Mal13_Equity_NotBelowOneMillion(string equity, GoalStatus expected)
    {
        Goal("mal-13", ("equity_sek", equity)).Status.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_FourOperationalGoalsMissing_UndeterminedVerdict()
    {
        var result = nrf.Evaluate(("bg_meetings_quorate", null), ("coordination_meetings_held", null), ("hta_cases", null), ("website_visitors", null),
            ("rpo_university_care_documented", "0"));

        result.Verdict.Operational.Should().BeEquivalentTo(new { Met = 5, NotMet = 1, NotEvaluable = 4, Status = VerdictStatus.Undetermined });
        result.Verdict.Status.Should().Be(VerdictStatus.Undetermined);
    }

    [Fact]
    public void Evaluate_OneFinancialGoalNotMet_VerdictNotMetWhateverTheOperationalGoals()
    {
        var result = nrf.Evaluate(("equity_sek", "999999"));

        result.Verdict.Financial.Status.Should().Be(VerdictStatus.NotMet);
        result.Verdict.Status.Should().Be(VerdictStatus.NotMet);
    }

    [Fact]
    public void Evaluate_ThreeOperationalGoalsPartlyMet_CountedAsNotMet()
    {
        var result = nrf.Evaluate(("care_pathway_feedback_to_board", "false"), ("followup_reported_to_board", "false"), ("coordination_meetings_held", "1"),
            ("hta_cases", "{2022: 11, 2023: 11}"));

        result.Verdict.Operational.Should().BeEquivalentTo(new { Met = 6, PartlyMet = 2, NotMet = 2, Status = VerdictStatus.NotMet });
        result.Verdict.Status.Should().Be(VerdictStatus.NotMet);
    }
}
