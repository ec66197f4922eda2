using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Issue 14, item 6: an activity is declared as one, and its state is read from YAML and tables alike.</summary>
public sealed class ActivityLoadingTests
{
    private const string Rules =
        "id: activity-test\n" +
        "title: Aktiviteter\n" +
        "entity: region\n" +
        "validity: {from: 2020, to: 2022}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: plan_activity, title: Handlingsplanen, type: activity}\n" +
        "  - {id: visits, title: Besök, unit: antal}\n" +
        "goals:\n" +
        "  - {id: a1, title: 'Aktivitet: Följa handlingsplanen', category: operational, criterion: {activity: plan_activity}}\n" +
        "  - {id: g1, title: Besök, category: operational, criterion: visits > 2}\n";

    private static readonly Lazy<RuleSet> RuleSet = new(() => RuleSetLoader.Parse(Rules, "rules.yaml"));

    [Fact]
    public void Parse_ActivityCriterion_IsAnActivityGoal()
    {
        RuleSet.Value.Goals.Select(g => (g.Id, g.IsActivity)).Should().Equal(("a1", true), ("g1", false));
        RuleSet.Value.FindIndicator("plan_activity")!.Type.Should().Be(IndicatorValueType.Activity);
    }

    [Fact]
    public void Parse_ActivityNamingAnIndicatorNotOfTypeActivity_FailsAtTheName()
    {
        RuleErrors(Rules.Replace("{activity: plan_activity}", "{activity: visits}", StringComparison.Ordinal)).Should().Equal(
            "rules.yaml:10:102: 'visits' must be declared with 'type: activity' to carry an activity's state (done, in-progress, not-started)");
    }

    [Fact]
    public void Parse_ActivityAsOneCaseOfASchedule_FailsAtTheCase()
    {
        // Counted apart from the goals in DÅ 08 but as a goal in ÅR, the goal would change the verdict's counts by report.
        RuleErrors(Rules.Replace("{activity: plan_activity}", "{byPeriod: {DÅ08: {activity: plan_activity}, ÅR: visits > 2}}", StringComparison.Ordinal)).Should().Equal(
            "rules.yaml:10:109: an activity cannot be one case of byPeriod of goal 'a1'; make the whole criterion 'activity: <id>', or declare another goal for the activity");
    }

    [Theory]
    [InlineData("in-progress", ActivityState.InProgress)]
    [InlineData("done", ActivityState.Done)]
    [InlineData("ej påbörjad", ActivityState.NotStarted)]
    [InlineData("Pågår", ActivityState.InProgress)]
    public void Parse_ActivityState_ReadInEnglishOrSwedish(string status, ActivityState expected)
    {
        var document = LoadAssertions.Values($"entity: region\nyear: 2020\nreport: annual\nvalues:\n  plan_activity: {{status: {status}, comment: Klart i maj, assessedBy: Digitaliseringsavdelningen}}\n", RuleSet.Value);

        document.Find("plan_activity")!.Activity.Should().Be(new ActivityReport(expected, "Klart i maj", "Digitaliseringsavdelningen"));
    }

    [Fact]
    public void Parse_ActivityWithAGoalStatus_FailsAtTheStatus()
    {
        ValueErrors("entity: region\nyear: 2020\nreport: annual\nvalues:\n  plan_activity: {status: met}\n", RuleSet.Value).Should().Equal(
            "values.yaml:5:27: the status of the activity 'plan_activity' is 'met'; it must be done, in-progress or not-started (genomförd, pågår, ej påbörjad)");
    }

    [Fact]
    public void Load_CsvActivityRows_ReadTheStateAndRefuseAnUnknownOneAtItsCell()
    {
        var csv = "indikator;år;värde;kommentar\r\nplan_activity;2020;pågår;Åtta av tolv\r\n";
        var document = TableRules.Load(Encoding.UTF8.GetBytes(csv), "values.csv", RuleSet.Value);
        document.Find("plan_activity")!.Activity.Should().Be(new ActivityReport(ActivityState.InProgress, "Åtta av tolv", null));

        var wrong = "indikator;år;värde\r\nplan_activity;2020;halvklar\r\n";
        TableRules.Errors(Encoding.UTF8.GetBytes(wrong), "values.csv", RuleSet.Value).Should().Equal(
            "values.csv:2:20: the status of the activity 'plan_activity' (column värde) is 'halvklar'; it must be done, in-progress or not-started (genomförd, pågår, ej påbörjad)");
    }
}
