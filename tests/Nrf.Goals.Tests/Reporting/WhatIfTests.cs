using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Tests.Rules;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

public sealed class WhatIfTests : IClassFixture<NrfFixture>
{
    private readonly NrfFixture _nrf;

    public WhatIfTests(NrfFixture nrf) => _nrf = nrf;

    [Fact]
    public void Comparison_Mal4TwentySixOfTwentyNine_CarriesTheEngineNumbers()
    {
        var result = _nrf.Evaluate(("bg_meetings_quorate", "26"), ("bg_meetings_planned", "29"));

        var comparison = result.Goal("mal-4")!.Parts.Single().Comparison;

        comparison.Should().Be(new PartComparison(26m / 29m, BinaryOperator.GreaterOrEqual, 0.90m, "antal", IsShare: true));
        comparison!.Distance.Should().Be(0.90m - 26m / 29m);
    }

    [Fact]
    public void Analyze_SevenOperationalRequiredSixMet_ListsEachNotMetGoalWithItsDistance()
    {
        var result = _nrf.Evaluate(
            ("bg_meetings_quorate", "26"), ("bg_meetings_planned", "29"),
            ("rpo_university_care_documented", "22"),
            ("coordination_meetings_held", "1"),
            ("hta_cases", "{2022: 11, 2023: 10}"));

        var whatIf = WhatIfAnalysis.Analyze(result);

        whatIf.Should().ContainSingle();
        var operational = whatIf[0];
        (operational.Category, operational.Verdict.Status, operational.Shortfall).Should().Be((GoalCategory.Operational, VerdictStatus.NotMet, 1));
        operational.Goals.Select(g => g.Goal.Id).Should().Equal("mal-4", "mal-5", "mal-6", "mal-9");
        operational.Goals.Select(g => WhatIfText.Line(g, ReportLanguage.Swedish)).Should().Equal(
            "Skapa förutsättningar för sjukvårdsregional samverkan (mal-4), ej uppfyllt: BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 % – 0,3 procentenheter från målet",
            "Samordning kunskapsstyrning och nära vård (mal-5), ej uppfyllt: 1 samordningsmöte för året, mål minst 2 – 1 st från målet",
            "Gemensamt ansvar för universitetssjukvården (mal-6), ej uppfyllt: Svar dokumenterade från 22 av 24 RPO, mål samtliga – 2 st från målet",
            "Utveckling av forskning och utbildning inom sjukvårdsregionen (mal-9), ej uppfyllt: 10 ärenden hos HTA Norr mot 11 året innan");
        WhatIfText.LeadIn(operational, ReportLanguage.Swedish).Should().Be(
            "Verksamhetsmål: ytterligare ett mål behöver uppfyllas (sex av tio uppfyllda, krav sju). Vart och ett av dessa mål skulle räcka:");
    }

    [Fact]
    public void Analyze_ForecastDeficitAndLowBalance_GivesDistancesInTheIndicatorsUnits()
    {
        var result = _nrf.Evaluate(("revenue_tkr", "60400"), ("costs_tkr", "60800"), ("bank_balance_sek", "[{date: 2023-03-31, value: 455000}]"));

        var financial = WhatIfAnalysis.Analyze(result).Single();

        financial.Shortfall.Should().Be(2);
        financial.Goals.Select(g => WhatIfText.Distance(g.Parts.Single().Comparison!, ReportLanguage.Swedish)).Should().Equal("400 tkr från målet", "45 000 kr från målet");
        financial.Goals.Select(g => g.Parts.Single().Comparison!.Distance).Should().Equal(400m, 45000m);
        WhatIfText.LeadIn(financial, ReportLanguage.English).Should().Be(
            "Financial goals: two more goals need to be met (one of three met, three required). All of these goals need to be met:");
    }

    [Fact]
    public void Analyze_GapGoalNotMet_GivesPercentagePoints()
    {
        var result = _nrf.Evaluate(
            ("self_rated_health_good_pct", "{2021: {K: 73, M: 91}, 2023: {K: 70, M: 90}}"),
            ("rpo_university_care_documented", "22"), ("coordination_meetings_held", "1"), ("hta_cases", "{2022: 11, 2023: 10}"));

        var mal8 = WhatIfAnalysis.Analyze(result).Single().Goals.Single(g => g.Goal.Id == "mal-8");

        mal8.Parts.Single().Comparison.Should().Be(new PartComparison(20m, BinaryOperator.Less, 18m, "%", IsShare: false) { IsDifference = true });
        WhatIfText.Distance(mal8.Parts.Single().Comparison!, ReportLanguage.Swedish).Should().Be("2 procentenheter från målet");
    }

    [Theory]
    [InlineData(1, ReportLanguage.Swedish, "1 st från målet")]
    [InlineData(2, ReportLanguage.Swedish, "2 st från målet")]
    [InlineData(1, ReportLanguage.English, "1 item from the target")]
    [InlineData(2, ReportLanguage.English, "2 items from the target")]
    public void Distance_CountShortOfItsTarget_SaysTheDistanceWithAUnit(int missing, ReportLanguage language, string expected)
    {
        // Before: "– 1 från målet", a bare number after "1 samordningsmöte för året, mål minst 2".
        var count = new PartComparison(2 - missing, BinaryOperator.GreaterOrEqual, 2m, "antal", IsShare: false);

        WhatIfText.Distance(count, language).Should().Be(expected);
        WhatIfText.Distance(count with { Unit = null }, language).Should().Be(expected, "an indicator without a unit is a count too");
    }

    [Fact]
    public void Analyze_NotEvaluableFinancialGoal_ListsItWithTheReason()
    {
        var result = _nrf.Evaluate(("equity_sek", null));

        var financial = WhatIfAnalysis.Analyze(result).Single();

        financial.Verdict.Status.Should().Be(VerdictStatus.Undetermined);
        WhatIfText.Line(financial.Goals.Single(), ReportLanguage.Swedish).Should().Be(
            "Eget kapital (mal-13), ej bedömt: kan inte bedömas – värde saknas för equity_sek 2023");
        WhatIfText.LeadIn(financial, ReportLanguage.Swedish).Should().Be(
            "Finansiella mål: ytterligare ett mål behöver uppfyllas (två av tre uppfyllda, krav tre). Bedömningen avgörs av dessa mål:");
    }

    [Fact]
    public void Analyze_PartlyMetGoals_NameTheFailingPartsWithDistanceWhereThereIsOne()
    {
        var result = _nrf.Evaluate(
            ("national_group_share_pct", "{2022: {norrbotten: 14.0, jamtland-harjedalen: 9.0, vasternorrland: 17.0}, 2023: {norrbotten: 13.5, jamtland-harjedalen: 9.5, vasternorrland: 18.0}}"),
            ("followup_dialogues_held", "27"),
            ("rpo_university_care_documented", "22"),
            ("coordination_meetings_held", "1"));

        var operational = WhatIfAnalysis.Analyze(result).Single();

        (operational.Verdict.Status, operational.Shortfall).Should().Be((VerdictStatus.NotMet, 1));
        operational.Goals.Select(g => (g.Goal.Id, g.Goal.Status)).Should().Equal(
            ("mal-1", GoalStatus.PartlyMet), ("mal-5", GoalStatus.NotMet), ("mal-6", GoalStatus.NotMet), ("mal-10", GoalStatus.PartlyMet));
        WhatIfText.Line(operational.Goals[0], ReportLanguage.Swedish).Should().EndWith(" – Norrbotten: ej uppfyllt");
        WhatIfText.Line(operational.Goals[3], ReportLanguage.Swedish).Should().Be(
            "Utveckling av systemet för kunskapsstyrning (mal-10), delvis uppfyllt: 27 av 30 planerade dialoger genomförda, "
            + "återrapporterade till förbundsdirektionen – Dialoger: 3 st från målet");
    }

    [Fact]
    public void Analyze_VerdictMet_IsEmpty() =>
        WhatIfAnalysis.Analyze(_nrf.Evaluate()).Should().BeEmpty();

    [Fact]
    public void Distance_StrictComparisonExactlyAtTarget_SaysTheTargetMustBePassed() =>
        WhatIfText.Distance(new PartComparison(18m, BinaryOperator.Less, 18m, "%", false), ReportLanguage.Swedish)
            .Should().Be("precis på målvärdet, som måste passeras");

    [Fact]
    public void Analyze_AllOrNothingBudgetWithTwoDivisionsOver_GivesEachFailingComparisonItsDistance()
    {
        // Issue 14: the what-if gave only the first failing comparison of an `and` (Länssjukvård), not Närsjukvård's.
        var ruleSet = Nrf.Goals.Loading.RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(ruleSet).Evaluate(Nrf.Goals.Loading.ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var budget = WhatIfAnalysis.Analyze(result).Single(c => c.Category == GoalCategory.Financial).Goals.Single();

        budget.Goal.Id.Should().Be("eko-inom-budget");
        budget.Parts.Select(p => (p.Subject, p.Comparison!.Distance)).Should().Equal(
            ("budget_deviation_mnkr[lanssjukvard]", 45.2m), ("budget_deviation_mnkr[narsjukvard]", 61.0m));
        WhatIfText.Line(budget, ReportLanguage.Swedish).Should().EndWith(
            " – budget_deviation_mnkr[lanssjukvard]: 45,2 mnkr från målet; budget_deviation_mnkr[narsjukvard]: 61 mnkr från målet");
        WhatIfText.Line(budget, ReportLanguage.Swedish, new ReaderNames(ruleSet)).Should().EndWith(
            " – Budgetavvikelse (prognos vid delår) för divisionerna och regiongemensamt[lanssjukvard]: 45,2 mnkr från målet; Budgetavvikelse (prognos vid delår) för divisionerna och regiongemensamt[narsjukvard]: 61 mnkr från målet");
        result.Goal("eko-inom-budget")!.Parts.Single().Comparison!.Actual.Should().Be(-45.2m, "the deciding comparison stays the first that failed");
    }

    [Fact]
    public void Failing_OnlyOneComparisonFails_LeavesTheListEmptyAndTheLineAsBefore()
    {
        var result = _nrf.Evaluate(("bg_meetings_quorate", "26"), ("bg_meetings_planned", "29"));

        result.Goal("mal-4")!.Parts.Single().Failing.Should().BeEmpty();
    }
}
