using System.Text;
using System.Text.Json;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>A kommentar cell on a number, yes/no or dated row travels with the value to every goal result that uses it (issue 13, item 2).</summary>
public sealed class TableCommentTests
{
    private const string Commented =
        "indikator;år;nedbrytning;värde;datum;kommentar\r\n" +
        "metodbank;2023;;uppfyllt;;\r\n" +
        "klart;2023;;ja;;\r\n" +
        "saldo;2023;;1 000;2023-03-31;Lägst i mars före statsbidraget\r\n" +
        "saldo;2023;;5 000;2023-06-30;\r\n" +
        "resultat;2023;;-200;;\"Prognos efter löneöversynen; beslut om underskott väntas i oktober\"\r\n";

    private static EvaluationResult Evaluate(string csv) =>
        new NRulesCompiler().Compile(Kommun).Evaluate(Load(Encoding.UTF8.GetBytes(csv), "värden.csv", Kommun));

    [Fact]
    public void Evaluate_KommentarOnNumberAndSeriesRows_IsTheCommentOfTheGoalsUsingThem()
    {
        var result = Evaluate(Commented);

        result.Goals.Single(g => g.Id == "m4").Comment.Should().Be("Prognos efter löneöversynen; beslut om underskott väntas i oktober");
        result.Goals.Single(g => g.Id == "m3").Comment.Should().Be("Lägst i mars före statsbidraget");
        result.Goals.Single(g => g.Id == "m2").Comment.Should().BeNull();
        result.Goals.Single(g => g.Id == "m4").Values.Single().Comment.Should().Be("Prognos efter löneöversynen; beslut om underskott väntas i oktober");
    }

    [Fact]
    public void Evaluate_KommentarOnAnUnusedObservation_IsNotTheGoalsComment()
    {
        // min(saldo) uses the March observation; a comment on June's value says nothing about the goal's judgement.
        var result = Evaluate(Commented.Replace("2023-03-31;Lägst i mars före statsbidraget", "2023-03-31;", StringComparison.Ordinal)
            .Replace("2023-06-30;", "2023-06-30;Efter statsbidraget", StringComparison.Ordinal));

        result.Goals.Single(g => g.Id == "m3").Comment.Should().BeNull();
    }

    [Fact]
    public void JsonReport_KommentarOnANumber_IsTheGoalsComment()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(Evaluate(Commented)));

        var goal = json.RootElement.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "m4");
        goal.GetProperty("comment").GetString().Should().Be("Prognos efter löneöversynen; beslut om underskott väntas i oktober");
    }

    [Fact]
    public void EvaluationReport_KommentarOnANumber_IsInTheKommentarColumn()
    {
        var markdown = MarkdownReport.Write(EvaluationReport.Build(Kommun, Evaluate(Commented), ReportLanguage.Swedish));

        // No goal of the table states a target, so the table has no Målvärde column (issue 19: no empty columns).
        markdown.Should().Contain("| Mål | Status | Utfall | Kommentar |");
        markdown.Should().Contain("| Prognos efter löneöversynen; beslut om underskott väntas i oktober |");
    }

    [Fact]
    public void EvaluationReport_NoGoalHasAComment_LeavesTheKommentarColumnOut()
    {
        var csv = string.Join("\r\n", Commented.Split("\r\n").Select(line => line.Contains(';') ? string.Join(';', line.Split(';').Take(5)) : line));

        var markdown = MarkdownReport.Write(EvaluationReport.Build(Kommun, Evaluate(csv), ReportLanguage.Swedish));

        markdown.Should().Contain("| Mål | Status | Utfall |\n");
        markdown.Should().NotContain("Kommentar");
    }

    [Fact]
    public void TextSummary_KommentarOnANumber_FollowsTheExplanation()
    {
        var text = TextSummary.Write(Kommun, Evaluate(Commented), ReportLanguage.Swedish);

        text.Should().Contain("(kommentar: Prognos efter löneöversynen; beslut om underskott väntas i oktober)\n");
    }
}
