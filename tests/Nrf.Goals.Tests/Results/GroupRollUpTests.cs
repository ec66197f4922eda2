using System.Text.Json;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Results;

/// <summary>The roll-up of goal statuses per success factor, strategic goal and perspective (a balanced scorecard).</summary>
public sealed class GroupRollUpTests
{
    // Two perspectives; the first has one strategic goal with two success factors, the second one success factor
    // directly. Statuses are fixed by the values below: g1 met, g2 not met, g3 not evaluable (no value), g4 partly met,
    // g5 monitored, g6 met.
    private const string Rules = """
        id: scorecard
        title: Ett balanserat styrkort
        entity: region-norrbotten
        validity: {from: 2020, to: 2022}
        policy: {operational: report-only, financial: all}
        indicators:
          - {id: a, title: A}
          - {id: b, title: B}
          - {id: c, title: C}
          - {id: d, title: D, by: sex}
          - {id: e, title: E}
          - {id: f, title: F}
        groups:
          - id: medborgare
            title: Medborgarperspektivet
            level: perspektiv
            groups:
              - id: tillganglig-vard
                title: Tillgänglig vård
                level: strategiskt mål
                groups:
                  - {id: ff-1, title: Digitala vårdtjänster, level: framgångsfaktor, risk: 12}
                  - {id: ff-2, title: Kort väntetid, level: framgångsfaktor, risk: 8}
          - id: ekonomi
            title: Ekonomiperspektivet
            level: perspektiv
            groups:
              - {id: ff-3, title: Ekonomi i balans, level: framgångsfaktor, risk: 9}
        goals:
          - {id: g1, title: G1, category: operational, group: ff-1, criterion: a >= 1}
          - {id: g2, title: G2, category: operational, group: ff-1, criterion: b >= 1}
          - {id: g3, title: G3, category: operational, group: ff-2, criterion: c >= 1}
          - {id: g4, title: G4, category: operational, group: ff-2, criterion: ["d[K] >= 1", "d[M] >= 1"]}
          - {id: g5, title: G5, category: operational, group: tillganglig-vard, criterion: {monitor: e}}
          - {id: g6, title: G6, category: financial, group: ff-3, criterion: f >= 1}
        """;

    private const string Values = """
        entity: region-norrbotten
        year: 2020
        report: annual
        values:
          a: 1
          b: 0
          d: {K: 1, M: 0}
          e: 5
          f: 2
        """;

    private static EvaluationResult Evaluate()
    {
        var ruleSet = RuleSetLoader.Parse(Rules, "scorecard.yaml");
        return new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse(Values, "values.yaml", ruleSet));
    }

    [Fact]
    public void Evaluate_Scorecard_CountsEachGoalInItsGroupAndEveryAncestor()
    {
        var result = Evaluate();

        result.Groups.Select(g => (g.Id, g.Met, g.PartlyMet, g.NotMet, g.NotEvaluable, g.Monitored, g.Total)).Should().Equal(
            ("medborgare", 1, 1, 1, 1, 1, 4),
            ("tillganglig-vard", 1, 1, 1, 1, 1, 4),
            ("ff-1", 1, 0, 1, 0, 0, 2),
            ("ff-2", 0, 1, 0, 1, 0, 2),
            ("ekonomi", 1, 0, 0, 0, 0, 1),
            ("ff-3", 1, 0, 0, 0, 0, 1));
    }

    [Fact]
    public void Evaluate_Scorecard_CarriesLevelsParentsAndRiskScores()
    {
        var result = Evaluate();

        result.Groups.Select(g => (g.Id, g.Level, g.Parent, g.Risk, g.ActionRequired)).Should().Equal(
            ("medborgare", "perspektiv", null, null, false),
            ("tillganglig-vard", "strategiskt mål", "medborgare", null, false),
            ("ff-1", "framgångsfaktor", "tillganglig-vard", 12, true),
            ("ff-2", "framgångsfaktor", "tillganglig-vard", 8, false),
            ("ekonomi", "perspektiv", null, null, false),
            ("ff-3", "framgångsfaktor", "ekonomi", 9, true));
        result.Goal("g4")!.Groups.Should().Equal("medborgare", "tillganglig-vard", "ff-2");
        result.Goal("g4")!.Group.Should().Be("ff-2");
    }

    [Fact]
    public void Evaluate_RuleSetWithoutGroups_HasNoRollUp()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var values = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet);

        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        result.Groups.Should().BeEmpty();
        result.Goals.Should().OnlyContain(g => g.Group == null);
    }

    [Fact]
    public void Write_Scorecard_PutsGroupsNextToGoalsAndEachGoalNamesItsGroup()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(Evaluate()));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("ruleSet", "entity", "year", "report", "period", "verdict", "goals", "groups", "warnings", "whatIf");
        var ff1 = root.GetProperty("groups")[2];
        ff1.GetRawText().Should().Be("""
            {
                  "id": "ff-1",
                  "title": "Digitala vårdtjänster",
                  "level": "framgångsfaktor",
                  "parent": "tillganglig-vard",
                  "risk": 12,
                  "actionRequired": true,
                  "met": 1,
                  "partlyMet": 0,
                  "notMet": 1,
                  "notEvaluable": 0,
                  "monitored": 0,
                  "total": 2
                }
            """.Trim());
        root.GetProperty("goals")[3].GetProperty("group").GetString().Should().Be("ff-2");
        root.GetProperty("verdict").GetProperty("operational").GetProperty("rule").GetString().Should().Be("report-only");
        root.GetProperty("verdict").GetProperty("operational").GetProperty("required").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("verdict").GetProperty("status").GetString().Should().Be("met");
    }
}
