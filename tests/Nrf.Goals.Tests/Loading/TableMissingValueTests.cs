using System.Text;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>A table says a value is missing as <c>saknas</c> in the value cell with the reason in the kommentar cell: the table's <c>{missing: reason}</c>.</summary>
public sealed class TableMissingValueTests
{
    [Fact]
    public void Load_SaknasWithAReason_IsAMissingValueWithThatReason()
    {
        var csv =
            "indikator;år;nedbrytning;värde;datum;kommentar\r\n" +
            "resultat;2023;;Saknas;;bokslutet är inte klart\r\n" +
            "klart;2023;;missing;;uppgift inte lämnad\r\n" +
            "invanare;2023;piteå;saknas;;saknas i SCB\r\n" +
            "invanare;2023;luleå;80 000;;\r\n";

        var document = Load(Encoding.UTF8.GetBytes(csv), "värden.csv", Kommun);
        var result = new NRulesCompiler().Compile(Kommun).Evaluate(document);

        document.Values["resultat"].MissingValues.Should().Equal(new MissingValue(2023, null, "bokslutet är inte klart"));
        document.Values["resultat"].Comments.Should().BeEmpty();
        document.Values["klart"].MissingValues.Should().Equal(new MissingValue(2023, null, "uppgift inte lämnad"));
        document.Values["invanare"].MissingValues.Should().Equal(new MissingValue(2023, "piteå", "saknas i SCB"));
        result.Goals.Single(g => g.Id == "m4").Explanation.Should().Be("Kan inte bedömas: bokslutet är inte klart (resultat 2023).");
        result.Goals.Single(g => g.Id == "m2").Status.Should().Be(GoalStatus.NotEvaluable);
    }

    [Fact]
    public void Load_SaknasWithoutAReason_RefusedAtTheCell()
    {
        Errors(Encoding.UTF8.GetBytes("indikator;år;nedbrytning;värde;datum;kommentar\r\nresultat;2023;;saknas;;\r\n"), "värden.csv", Kommun)
            .Should().Equal("värden.csv:2:16: 'resultat' for 2023 (column värde) is 'saknas': say why in the comment (kommentar) column, e.g. saknas i Kolada, so that the goals that read it can say why they cannot be assessed");
    }
}
