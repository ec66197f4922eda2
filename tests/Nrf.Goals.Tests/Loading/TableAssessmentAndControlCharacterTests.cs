using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using static Nrf.Goals.Tests.Loading.LoadAssertions;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Manual assessments in tables count only for the assessed year; control characters no report can show are refused at load.</summary>
public sealed class TableAssessmentAndControlCharacterTests
{
    private const string Header = "indicator;year;breakdown;value\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Load_AssessmentRowForAnotherYear_IsIgnoredWithALocatedWarning()
    {
        var csv = Header + "resultat;2020;;5\r\nmetodbank;2019;;uppfyllt\r\n";

        var document = Load(Utf8(csv), "values.csv", Kommun, new ValuesHeaderOverrides { Year = 2023 });

        document.Year.Should().Be(2023);
        document.Find("metodbank").Should().BeNull();
        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.csv:3:11: warning: the assessment 'metodbank' for 2019 is not for the assessed year 2023; it is ignored");
    }

    [Fact]
    public void Load_AssessmentRowsForSeveralYears_KeepsTheAssessedYearsRow()
    {
        var csv = Header + "metodbank;2023;;ej uppfyllt\r\nmetodbank;2024;;uppfyllt\r\nmetodbank;2025;;delvis uppfyllt\r\n";

        var document = Load(Utf8(csv), "values.csv", Kommun, new ValuesHeaderOverrides { Year = 2024 });

        document.Find("metodbank")!.Assessment.Should().Be(new ManualAssessment(GoalStatus.Met, null, null));
        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "values.csv:2:11: warning: the assessment 'metodbank' for 2023 is not for the assessed year 2024; it is ignored",
            "values.csv:4:11: warning: the assessment 'metodbank' for 2025 is not for the assessed year 2024; it is ignored");
    }

    [Fact]
    public void Load_AssessmentGivenTwiceForTheAssessedYear_NamesTheYear()
    {
        var csv = Header + "metodbank;2023;;uppfyllt\r\nmetodbank;;;ej uppfyllt\r\n";

        Errors(Utf8(csv), "values.csv", Kommun).Should().Equal(
            "values.csv:3:13: the assessment 'metodbank' for 2023 is given twice (first on line 2); keep one row");
    }

    [Fact]
    public void Load_ControlCharacterInCsvComment_IsRefusedAtTheCell()
    {
        var csv = "indicator;year;breakdown;value;comment\r\nmetodbank;2023;;uppfyllt;a\u0001b\r\n";

        Errors(Utf8(csv), "values.csv", Kommun).Should().Equal(
            "values.csv:2:26: the text contains the control character U+0001, which a report cannot show; remove it (column comment)");
    }

    [Fact]
    public void Load_TabAndLineBreaksInCsvComment_AreKept()
    {
        var csv = "indicator;year;breakdown;value;comment\r\nmetodbank;2023;;uppfyllt;\"a\tb\r\nc\"\r\n";

        Load(Utf8(csv), "values.csv", Kommun).Find("metodbank")!.Assessment!.Comment.Should().Be("a\tb\r\nc");
    }

    [Fact]
    public void Load_ControlCharacterInXlsxCell_IsRefusedAtTheCell()
    {
        // Excel stores a control character in a cell as the escape _x001F_, which ExcelDataReader turns back into U+001F.
        var bytes = XlsxFixture.Create(
            "Värden",
            ["indicator", "year", "breakdown", "value", "comment"],
            ["metodbank", 2023, null, "uppfyllt", "a_x001F_b"]);

        Errors(bytes, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:2:5: the text contains the control character U+001F, which a report cannot show; remove it (sheet Värden, cell E2 (comment))");
    }

    [Fact]
    public void Parse_ControlCharacterFromYamlEscape_IsRefusedAtTheValue()
    {
        var yaml = "entity: testkommun\nyear: 2023\nreport: annual\nvalues:\n  metodbank:\n    status: met\n    comment: \"a\\x01b\"\n";

        ValueErrors(yaml, Kommun).Should().Equal(
            "values.yaml:7:14: the comment of 'metodbank': the text contains the control character U+0001, which a report cannot show; remove it");
    }
}
