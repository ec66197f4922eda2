using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Tests.Rules;

/// <summary>
/// Issue 20: a policy with partly rules through the NRules rules of both shapes and a live session — the category and
/// verdict rules judge partly met where the policy says so, and the JSON carries it.
/// </summary>
public sealed class PartlyPolicyEvaluationTests
{
    // Four verksamhetsmål, at least three met and partly from two; the financial side is the council's recorded judgement,
    // a partly met one making it partly met; god ekonomisk hushållning partly met when both are at least partly met.
    private const string Rules = """
        id: delvis
        title: Delvis
        entity: demo
        validity: {from: 2023, to: 2023}
        policy:
          operational: {atLeast: 3, partlyFrom: 2}
          financial: {judgement: finansiell_bedomning, partly: true}
          verdict: {partly: every}
          words:
            verdict: {met: uppnås, partlyMet: uppnås delvis, notMet: uppnås inte}
        indicators:
          - {id: besok, title: Besök}
          - {id: finansiell_bedomning, title: Samlad bedömning av de finansiella målen, type: assessment}
        goals:
          - {id: v1, title: V1, category: operational, criterion: besok >= 1}
          - {id: v2, title: V2, category: operational, criterion: besok >= 2}
          - {id: v3, title: V3, category: operational, criterion: besok >= 3}
          - {id: v4, title: V4, category: operational, criterion: besok >= 4}
        """;

    private static readonly Nrf.Goals.Model.RuleSet RuleSet = RuleSetLoader.Parse(Rules);

    private static Nrf.Goals.Values.ValuesDocument Values(string besok, string judgement) =>
        ValuesLoader.Parse($"entity: demo\nyear: 2023\nreport: annual\nvalues:\n{besok}{judgement}", "values.yaml", RuleSet);

    [Theory]
    [InlineData("  besok: 3\n", "  finansiell_bedomning: {status: met}\n", VerdictStatus.Met, VerdictStatus.Met, VerdictStatus.Met)]
    [InlineData("  besok: 2\n", "  finansiell_bedomning: {status: met}\n", VerdictStatus.PartlyMet, VerdictStatus.Met, VerdictStatus.PartlyMet)]
    [InlineData("  besok: 3\n", "  finansiell_bedomning: {status: partly-met}\n", VerdictStatus.Met, VerdictStatus.PartlyMet, VerdictStatus.PartlyMet)]
    [InlineData("  besok: 1\n", "  finansiell_bedomning: {status: partly-met}\n", VerdictStatus.NotMet, VerdictStatus.PartlyMet, VerdictStatus.NotMet)]
    [InlineData("  besok: 2\n", "", VerdictStatus.PartlyMet, VerdictStatus.Undetermined, VerdictStatus.Undetermined)]
    [InlineData("", "  finansiell_bedomning: {status: partly-met}\n", VerdictStatus.Undetermined, VerdictStatus.PartlyMet, VerdictStatus.Undetermined)]
    [InlineData("", "  finansiell_bedomning: {status: not-met}\n", VerdictStatus.Undetermined, VerdictStatus.NotMet, VerdictStatus.NotMet)]
    public void Evaluate_EveryShape_JudgesPartlyWhereThePolicySaysSo(string besok, string judgement, VerdictStatus operational, VerdictStatus financial, VerdictStatus verdict)
    {
        var compiled = new NRulesCompiler().CompileToNRules(RuleSet);
        var values = Values(besok, judgement);

        var result = compiled.Evaluate(values);

        (result.Verdict.Operational.Status, result.Verdict.Financial.Status, result.Verdict.Status).Should().Be((operational, financial, verdict));
        var json = JsonReport.Write(result);
        JsonReport.Write(compiled.EvaluateWithInputs(values)).Should().Be(json);
        JsonReport.Write(compiled.Open(values).Current).Should().Be(json);
        JsonReport.Write(JsonReportReader.Read(json)).Should().Be(json);
    }

    [Fact]
    public void JsonReport_PartlyPolicy_WritesPartlyMetThePartlyBoundAndTheVerdictRule()
    {
        var result = new NRulesCompiler().Compile(RuleSet).Evaluate(Values("  besok: 2\n", "  finansiell_bedomning: {status: met, comment: Balanskravet uppfyllt, assessedBy: Kommunfullmäktige}\n"));

        var json = JsonReport.Write(result);

        json.Should().Contain("""
              "verdict": {
                "status": "partly-met",
                "operational": {
                  "met": 2,
                  "partlyMet": 0,
                  "notMet": 2,
                  "notEvaluable": 0,
                  "monitored": 0,
                  "total": 4,
                  "required": 3,
                  "partlyFrom": 2,
                  "rule": "atLeast 3, partlyFrom 2",
                  "status": "partly-met"
                },
                "financial": {
                  "met": 0,
                  "partlyMet": 0,
                  "notMet": 0,
                  "notEvaluable": 0,
                  "monitored": 0,
                  "total": 0,
                  "required": null,
                  "rule": "judgement finansiell_bedomning, partly",
                  "status": "met",
                  "judgement": {
                    "status": "met",
                    "comment": "Balanskravet uppfyllt",
                    "assessedBy": "Kommunfullmäktige"
                  }
                },
                "rule": "partly every",
                "wording": null
              },
            """.ReplaceLineEndings("\n"));
        var back = JsonReportReader.Read(json);
        (back.Verdict.Status, back.Verdict.Rule, back.Verdict.Operational.Status, back.Verdict.Operational.PartlyFrom).Should().Be((VerdictStatus.PartlyMet, "partly every", VerdictStatus.PartlyMet, 2));
    }

    [Fact]
    public void SetValue_LiveSession_MovesTheCategoryAndVerdictFromPartlyToMet()
    {
        var live = new NRulesCompiler().CompileToNRules(RuleSet).Open(Values("  besok: 2\n", "  finansiell_bedomning: {status: met}\n"));
        live.Current.Verdict.Status.Should().Be(VerdictStatus.PartlyMet);

        var change = live.SetValue("besok", 2023, 3);

        (change.Verdict!.Operational.Status, change.Verdict.Status, change.Verdict.Rule).Should().Be((VerdictStatus.Met, VerdictStatus.Met, "partly every"));
    }
}
