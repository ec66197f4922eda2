using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Hardening;

public sealed class JsonReportReaderTests
{
    [Fact]
    public void Read_ShippedExampleReport_GivesTheEvaluatedResult()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet));

        var back = JsonReportReader.Read(JsonReport.Write(result));

        back.Verdict.Should().Be(result.Verdict);
        back.Goal("mal-4")!.Explanation.Should().Be("BG beslutsför vid 26 av 29 möten (89,7 %), mål minst 90 %");
        back.Goal("mal-4")!.Status.Should().Be(GoalStatus.NotMet);
        back.Goals.Select(g => g.Group).Should().Equal(result.Goals.Select(g => g.Group));
        back.Groups.Should().Equal(result.Groups);
    }

    [Theory]
    [InlineData("{\"ruleSet\": \"x\",\n  \"entity\" }", "report.json:2:12: the report is not valid JSON: '}' is invalid after a property name. Expected a ':'")]
    [InlineData("[]", "report.json:1:1: the report should be a JSON object, not array")]
    [InlineData("{\"ruleSet\": \"x\"}", "report.json:1:1: the report has no 'entity' where it is required")]
    public void Read_NotAReport_ThrowsNrfGoalsExceptionWithTheProblem(string json, string expected)
    {
        var act = () => JsonReportReader.Read(json);

        act.Should().ThrowExactly<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void Read_ValueBeyondDecimal_ThrowsNrfGoalsException()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var result = new Nrf.Goals.Rules.Compilation.NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet));
        var json = JsonReport.Write(result).Replace("\"value\": 24,", "\"value\": 1e400,", StringComparison.Ordinal);

        var act = () => JsonReportReader.Read(json);

        act.Should().ThrowExactly<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "report.json:1:1: the value 1e400 is not a number a report can hold");
    }

    [Fact]
    public void Read_NorrbottenExample_RebuildsGroupsAndEachGoalsPath()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));

        var back = JsonReportReader.Read(JsonReport.Write(result));

        result.Groups.Should().HaveCount(52);
        back.Groups.Should().Equal(result.Groups);
        back.Goals.Select(g => string.Join("/", g.Groups)).Should().Equal(result.Goals.Select(g => string.Join("/", g.Groups)));
        back.Goal("mba-metodbank")!.Groups.Should().Equal("medarbetare", "medarbetare-innovation", "medarbetare-innovation-ff1");
        JsonReport.Write(back).Should().Be(JsonReport.Write(result));
    }

    [Fact]
    public void Read_NorrbottenExample_KeepsEachActivityAndItsState()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet));
        var json = JsonReport.Write(result);

        var back = JsonReportReader.Read(json);

        back.Goals.Where(g => g.IsActivity).Select(g => (g.Id, g.Activity)).Should().Equal(
            ("verk-digitaliseringsstrategi", Values.ActivityState.InProgress),
            ("verk-fornyelsearbete", Values.ActivityState.InProgress),
            ("eko-stockholmskontoret", Values.ActivityState.Done),
            ("eko-patientavgifter", (Values.ActivityState?)null));
        json.Should().Contain("\"group\": \"verksamhet-attraktiv-ff1\",\n      \"activity\": \"in-progress\",");
        back.Goal("med-halsosamtal")!.IsActivity.Should().BeFalse();
    }
}
