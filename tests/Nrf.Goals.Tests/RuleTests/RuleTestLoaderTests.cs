using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.RuleTests;

public sealed class RuleTestLoaderTests : IDisposable
{
    private readonly RuleTestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string[] Errors(string name, string yaml)
    {
        var path = _workspace.Write(name, yaml);
        var act = () => new RuleTestLoader().Load(path);
        return act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void Load_BrokenCases_EveryProblemLocatedInPlainWords()
    {
        var path = Path.Combine(_workspace.Folder, "broken.tests.yaml");
        var errors = Errors("broken.tests.yaml", """
            rules: tiny.yaml
            cases:
              - name: one
                set: {a: tio, c: 3}
                unset: [bb]
                expect:
                  goals: {g1: met, g9: met, g2: passed}
                  verdict: yes
              - name: one
                year: 2030
                expct: {verdict: met}
              - name: three
                values: nowhere.yaml
                expect: {}
            """);

        errors.Should().Equal(
            $"{path}:4:14: 'a': 'tio' is not a number",
            $"{path}:4:19: 'c' is not an indicator of the rule set 'tiny' (did you mean 'a'?)",
            $"{path}:5:13: 'bb' is not an indicator of the rule set 'tiny' (did you mean 'b'?)",
            $"{path}:7:24: 'g9' is not a goal of the rule set 'tiny' (did you mean 'g1'?)",
            $"{path}:7:37: the expected status of g2 is 'passed'; it must be met, partly-met, not-met, not-evaluable or monitored",
            $"{path}:8:16: the expected verdict is 'yes'; it must be met, partly-met, not-met or undetermined",
            $"{path}:9:5: case 'one' is missing the required key 'expect'",
            $"{path}:9:11: two cases are named 'one' (the first at line 3); give each case its own name",
            $"{path}:10:11: the year 2030 is outside the rule set's validity 2023–2025",
            $"{path}:11:5: unknown key 'expct' in case 'one' (did you mean 'expect'?); allowed keys are asOf, expect, name, period, report, set, unset, values, year",
            $"{path}:13:13: the values file 'nowhere.yaml' does not exist (looked for {Path.Combine(_workspace.Folder, "nowhere.yaml")})",
            $"{path}:14:13: expect of case 'three' expects nothing; give goals, categories, verdict or explanations");
    }

    [Fact]
    public void Load_CategoryAndVerdictExpectationsThePolicyCannotGive_RefusedInPlainWords()
    {
        // tiny.yaml: operational {atLeast: 1}, financial all, no verdict: {partly: …}, so nothing can be partly met.
        var path = Path.Combine(_workspace.Folder, "categories.tests.yaml");
        var errors = Errors("categories.tests.yaml", """
            rules: tiny.yaml
            cases:
              - name: one
                expect:
                  categories: {operational: partly-met, strategic: met, financial: fine}
                  verdict: partly-met
            """);

        errors.Should().Equal(
            $"{path}:5:33: the operational goals can never be partly met under the policy (atLeast 1); a partly met outcome needs partlyFrom (or partly: true for a judgement)",
            $"{path}:5:45: 'strategic' is not a category; write operational or financial",
            $"{path}:5:72: the expected status of the financial goals is 'fine'; it must be met, partly-met, not-met, undetermined or report-only",
            $"{path}:6:16: the verdict can never be partly met: the policy defines no partly met verdict (verdict: {{partly: every}} or {{partly: some}})");
    }

    [Fact]
    public void Load_CategoryExpectations_ReadInFileOrderWithTheirPlaces()
    {
        var path = _workspace.Write("cat.tests.yaml", "rules: tiny.yaml\ncases:\n  - {name: one, expect: {categories: {financial: undetermined, operational: not-met}}}\n");

        var expect = new RuleTestLoader().Load(path).Cases.Single().Expect;

        expect.Categories.Select(c => (c.Category, c.Status, c.Location.Line, c.Location.Column)).Should().Equal(
            (GoalCategory.Financial, VerdictStatus.Undetermined, 3, 39),
            (GoalCategory.Operational, VerdictStatus.NotMet, 3, 64));
        expect.Verdict.Should().BeNull();
    }

    [Fact]
    public void Load_OverriddenHeaderThatDoesNotHoldTogether_RefusedAsInAValuesFile()
    {
        var errors = Errors("header.tests.yaml", """
            rules: tiny.yaml
            cases:
              - {name: interim for ÅR, report: interim, period: ÅR, expect: {verdict: met}}
              - {name: annual for DÅ 08, period: DÅ08, expect: {verdict: met}}
              - {name: asOf in another year, year: 2024, asOf: 2023-08-31, expect: {verdict: met}}
            """);
        var path = Path.Combine(_workspace.Folder, "header.tests.yaml");

        errors.Should().Equal(
            $"{path}:3:53: an interim report (delårsrapport) cannot be for period ÅR; write report: annual, or period DÅ04 or DÅ08",
            $"{path}:4:38: an annual report cannot be for period DÅ 08",
            $"{path}:5:52: asOf 2023-08-31 is not in the assessed year 2024",
            $"{path}:5:52: an annual report (årsredovisning) covers the whole year, but asOf is 2023-08-31; write report: interim for a delårsrapport, or asOf 2023-12-31 (or none)");
    }

    [Fact]
    public void Load_NoRuleFileNextToIt_SaysHowToNameOne()
    {
        var path = Path.Combine(_workspace.Folder, "other.tests.yaml");

        Errors("other.tests.yaml", "cases:\n  - name: x\n    expect: {verdict: met}\n").Should().Equal(
            $"{path}:1:1: the rule file 'other.yaml' next to this test file does not exist; name the rule file with 'rules: <file>'");
    }

    [Fact]
    public void Load_BrokenYamlAndUnknownRootKey_Located()
    {
        var path = Path.Combine(_workspace.Folder, "tiny.tests.yaml");

        Errors("tiny.tests.yaml", "cases:\n  - name: x\n    expect: {verdict: met\n").Should().Equal(
            $"{path}:3:13: the YAML syntax is broken here: a '{{ … }}' is not closed or misses a ','");
        Errors("tiny.tests.yaml", "case: []\n").Should().Equal(
            $"{path}:1:1: the test file is missing the required key 'cases'",
            $"{path}:1:1: unknown key 'case' in the test file (did you mean 'cases'?); allowed keys are cases, rules, values");
    }

    [Fact]
    public void Load_BrokenRuleFile_ReportsTheRuleFilesOwnLocations()
    {
        _workspace.Write("bad.yaml", "id: bad\ntitle: Bad\nvalidity: {from: 2023, to: 2025}\npolicy: {operational: all, financial: all}\ngoals:\n  - {id: g, title: G, category: operational, criterion: nosuch >= 1}\n");

        var errors = Errors("bad.tests.yaml", "cases:\n  - name: x\n    expect: {verdict: met}\n");

        var rules = Path.Combine(_workspace.Folder, "bad.yaml");
        errors.Should().Equal(
            $"{rules}:1:1: the rule set is missing the required key 'indicators'",
            $"{rules}:6:57: 'nosuch' is not a declared indicator; expressions may use only the indicators under 'indicators:' and the documented functions");
    }

    [Fact]
    public void Load_DefaultRules_EmptyDocumentForTheEntityAndFirstValidYear()
    {
        var path = _workspace.Write("tiny.tests.yaml", "cases:\n  - name: nothing\n    expect: {goals: {g2: not-evaluable}}\n");

        var file = new RuleTestLoader().Load(path);

        file.RuleSet.Id.Should().Be("tiny");
        var values = file.Cases.Should().ContainSingle().Which.Values;
        (values.Entity, values.Year, values.Report, values.Period, values.Values.Count).Should().Be(("demo", 2023, ReportKind.Annual, (ReportPeriod?)null, 0));
    }

    [Fact]
    public void Load_InlineValuesThenOverridesUnsetAndSet_AppliedInThatOrder()
    {
        var path = _workspace.Write("tiny.tests.yaml", """
            values: {entity: demo, year: 2023, report: annual, values: {a: 1, b: 2, equity: 300}}
            cases:
              - name: changed
                year: 2024
                report: interim
                period: DÅ08
                unset: [b]
                set: {a: 12, visitors: {2023: 5, 2024: 7}}
                expect:
                  goals: {g1: met, g2: met}
                  verdict: met
                  explanations: {g2: ["300 kr", "mål"]}
            """);

        var testCase = new RuleTestLoader().Load(path).Cases.Single();

        testCase.Name.Should().Be("changed");
        testCase.Id.Should().Be($"{path}:changed");
        testCase.Location.Should().Be(new SourceLocation(path, 3, 5));
        var values = testCase.Values;
        (values.Year, values.Report, values.Period).Should().Be((2024, ReportKind.Interim, (ReportPeriod?)ReportPeriod.Interim08));
        values.Values.Keys.Should().Equal("a", "equity", "visitors");
        values.Find("a")!.Years.Should().Equal(new Dictionary<int, decimal> { [2024] = 12m });
        values.Find("equity")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 300m });
        values.Find("visitors")!.Years.Should().Equal(new Dictionary<int, decimal> { [2023] = 5m, [2024] = 7m });
        testCase.Expect.Goals.Select(g => (g.GoalId, g.Status, g.Location.Line)).Should().Equal(("g1", GoalStatus.Met, 10), ("g2", GoalStatus.Met, 10));
        testCase.Expect.Verdict.Should().Be(VerdictStatus.Met);
        testCase.Expect.Explanations.Select(e => (e.GoalId, e.Fragment)).Should().Equal(("g2", "300 kr"), ("g2", "mål"));
    }

    [Fact]
    public void Load_ValuesFileOfTheWrongEntity_ReportedInTheValuesFile()
    {
        var values = _workspace.Write("values.yaml", "entity: nrf\nyear: 2023\nreport: annual\nvalues: {a: 1}\n");

        Errors("tiny.tests.yaml", "values: values.yaml\ncases:\n  - name: x\n    expect: {verdict: met}\n").Should().Equal(
            $"{values}:1:9: these values are for 'nrf', but the rule set 'tiny' is for 'demo'");
    }

    [Fact]
    public void DefaultRulesFile_TestsSuffix_IsStripped()
    {
        RuleTestLoader.DefaultRulesFile("rules/nrf/2023-2025.tests.yaml").Should().Be("2023-2025.yaml");
        RuleTestLoader.DefaultRulesFile("rules/nrf/2023-2025.yaml").Should().BeNull();
    }
}
