using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;
using Nrf.Goals.Testing;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// The JSON of every shipped example and every shipped rule-test case, compared byte for byte with files written before
/// the engine switch (issue 11): what users see must not change with the engine. A later change that means to alter the
/// JSON updates these files (NRF_UPDATE_GOLDEN=1) in the same commit that explains it.
/// </summary>
public sealed class EngineGoldenJsonTests
{
    public static TheoryData<string, string, string> Examples => new()
    {
        { "nrf/2023-2025.yaml", "nrf-2023-annual.yaml", "example-nrf-2023-annual.json" },
        { "nrf/2023-2025.yaml", "nrf-2023-annual.csv", "example-nrf-2023-annual-csv.json" },
        { "nrf/2023-2025.yaml", "nrf-2023-interim-da08.yaml", "example-nrf-2023-interim-da08.json" },
        { "nrf/2023-2025.yaml", "nrf-2023-interim-da08.csv", "example-nrf-2023-interim-da08-csv.json" },
        { "nrf/2023-2025.yaml", "nrf-2023-annual-ar.csv", "example-nrf-2023-annual-ar-csv.json" },
        { "region-norrbotten/rs-plan-2020.yaml", "region-norrbotten-2020-dap08.yaml", "example-region-norrbotten-2020-dap08.json" },
        { "vargarda/budget-2023-2025.yaml", "vargarda-2023-annual.yaml", "example-vargarda-2023-annual.json" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_ShippedExample_JsonIsByteIdenticalToGolden(string rules, string values, string golden)
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules(rules));
        // Named by its path in the repository, so that a warning quoting the file reads the same in every clone.
        using var stream = File.OpenRead(RepositoryPaths.Examples(values));
        var document = ValuesTables.Load(stream, "examples/" + values, ruleSet);

        var json = JsonReport.Write(new NRulesCompiler().Compile(ruleSet).Evaluate(document));

        GoldenFile.AssertMatches("Json/" + golden, json);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EvaluateWithInputs_ShippedExample_TheGoalInputShapeAndALiveSessionWriteTheGoldenJsonToo(string rules, string values, string golden)
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules(rules));
        using var stream = File.OpenRead(RepositoryPaths.Examples(values));
        var document = ValuesTables.Load(stream, "examples/" + values, ruleSet);
        var compiled = new NRulesCompiler().CompileToNRules(ruleSet);

        GoldenFile.AssertMatches("Json/" + golden, JsonReport.Write(compiled.EvaluateWithInputs(document)));
        GoldenFile.AssertMatches("Json/" + golden, JsonReport.Write(compiled.Open(document).Current));
    }

    [Theory]
    [InlineData("rules/nrf/2023-2025.tests.yaml", "rule-tests-nrf-2023-2025.json")]
    [InlineData("rules/region-norrbotten/rs-plan-2020.tests.yaml", "rule-tests-rs-plan-2020.json")]
    [InlineData("rules/vargarda/budget-2023-2025.tests.yaml", "rule-tests-vargarda-2023-2025.json")]
    public void EvaluateWithInputs_EveryShippedRuleTestCase_TheGoalInputShapeWritesTheGoldenJsonToo(string testFile, string golden)
    {
        var file = RuleTest.Load(testFile);
        var compiled = new NRulesCompiler().CompileToNRules(file.Cases[0].RuleSet);
        var all = new StringBuilder();
        foreach (var testCase in file.Cases)
        {
            all.Append("=== ").Append(testCase.Name).Append('\n');
            all.Append(JsonReport.Write(compiled.EvaluateWithInputs(testCase.Values))).Append('\n');
        }

        GoldenFile.AssertMatches("Json/" + golden, all.ToString());
    }

    [Theory]
    [InlineData("rules/nrf/2023-2025.tests.yaml", "rule-tests-nrf-2023-2025.json")]
    [InlineData("rules/region-norrbotten/rs-plan-2020.tests.yaml", "rule-tests-rs-plan-2020.json")]
    [InlineData("rules/vargarda/budget-2023-2025.tests.yaml", "rule-tests-vargarda-2023-2025.json")]
    public void Evaluate_EveryShippedRuleTestCase_JsonIsByteIdenticalToGolden(string testFile, string golden)
    {
        var file = RuleTest.Load(testFile);
        var compiled = new NRulesCompiler().Compile(file.Cases[0].RuleSet);
        var all = new StringBuilder();
        foreach (var testCase in file.Cases)
        {
            all.Append("=== ").Append(testCase.Name).Append('\n');
            all.Append(JsonReport.Write(compiled.Evaluate(testCase.Values))).Append('\n');
        }

        file.Cases.Select(c => c.RuleSet).Distinct().Should().ContainSingle("one compiled rule set serves the whole file");
        GoldenFile.AssertMatches("Json/" + golden, all.ToString());
    }
}
