using Nrf.Goals.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Loading a plan's hierarchy: groups, their risk scores and the goals' <c>group:</c>.</summary>
public sealed class GroupLoadingTests
{
    private static string Rules(string groups, string goalGroup = "ff-1") => $$"""
        id: plan
        title: Plan
        validity: {from: 2020, to: 2022}
        policy: {operational: report-only, financial: all}
        indicators:
          - {id: a, title: A}
        groups:
        {{groups}}
        goals:
          - {id: g1, title: G1, category: operational, group: {{goalGroup}}, criterion: a >= 1}
        """;

    [Fact]
    public void Parse_NestedGroups_GivesParentsBeforeChildrenAndTheGoalsPath()
    {
        var ruleSet = RuleSetLoader.Parse(Rules("""
              - id: p
                title: Perspektiv
                groups:
                  - id: s
                    title: Strategiskt mål
                    groups: [{id: ff-1, title: Framgångsfaktor, risk: 16}]
            """));

        ruleSet.Groups.Select(g => (g.Id, g.Parent, g.Risk)).Should().Equal(("p", null, null), ("s", "p", null), ("ff-1", "s", 16));
        ruleSet.Groups[2].Location.ToString().Should().Be("rules.yaml:13:18");
        ruleSet.Goals[0].Groups.Should().Equal("p", "s", "ff-1");
        ruleSet.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0", "rules.yaml:8:32: the risk score of group 'ff-1' is 0; a risk score runs from 1 to 16")]
    [InlineData("17", "rules.yaml:8:32: the risk score of group 'ff-1' is 17; a risk score runs from 1 to 16")]
    public void Parse_RiskOutsideTheMatrix_IsRefused(string risk, string expected)
    {
        RuleErrors(Rules($"  - {{id: ff-1, title: F, risk: {risk}}}")).Should().Equal(expected);
    }

    [Fact]
    public void Parse_UndeclaredGroup_IsRefusedWithSuggestion()
    {
        RuleErrors(Rules("  - {id: ff-1, title: F}", goalGroup: "ff-l")).Should().Equal(
            "rules.yaml:10:55: goal 'g1' names group 'ff-l', which is not declared under 'groups:' (did you mean 'ff-1'?)");
    }

    [Fact]
    public void Parse_DuplicateGroupId_IsRefused()
    {
        RuleErrors(Rules("""
              - {id: ff-1, title: F}
              - {id: ff-1, title: G}
            """)).Should().Equal("rules.yaml:9:10: the group id 'ff-1' is used twice (first at line 8)");
    }

    [Fact]
    public void Parse_UnknownGroupKey_IsRefused()
    {
        RuleErrors(Rules("  - {id: ff-1, title: F, riks: 3}")).Should().Equal(
            "rules.yaml:8:26: unknown key 'riks' in a group (did you mean 'risk'?); allowed keys are groups, id, level, note, risk, title");
    }

    [Fact]
    public void Parse_GoalWithoutGroupInAGroupedPlan_Warns()
    {
        var ruleSet = RuleSetLoader.Parse(Rules("  - {id: ff-1, title: F}").Replace("group: ff-1, ", string.Empty));

        ruleSet.Warnings.Select(w => w.ToString()).Should().Equal(
            "rules.yaml:10:5: warning: goal 'g1' names no group, so it is in no roll-up; add 'group:'");
    }
}
