using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;
using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// A comment is bounded at <see cref="InputLimits.MaxCommentCharacters"/> in every values format (issue 22): it travels
/// with its value into every goal that reads it, and 3,5 MB read by 400 goals ran the CLI out of memory. Refused at the
/// comment, naming the limit; a comment at the limit loads whole.
/// </summary>
public sealed class CommentLimitTests
{
    private const string Header = "indikator;år;nedbrytning;värde;datum;kommentar\r\n";
    private static readonly string AtLimit = new('k', InputLimits.MaxCommentCharacters);
    private static readonly string OverLimit = AtLimit + "k";

    [Fact]
    public void Load_CsvCommentOnANumberOverTheLimit_RefusedAtTheCell()
    {
        Errors(Csv($"resultat;2023;;-200;;{OverLimit}\r\n"), "värden.csv", Kommun).Should().Equal(
            "värden.csv:2:22: the comment on 'resultat' for 2023 (column kommentar) is 4001 characters long; the limit is 4000: shorten it, or keep the long text in the report itself");
    }

    [Fact]
    public void Load_CsvCommentOnAnAssessmentOverTheLimit_RefusedAtTheCell()
    {
        Errors(Csv($"metodbank;2023;;uppfyllt;;{OverLimit}\r\n"), "värden.csv", Kommun).Should().Equal(
            "värden.csv:2:27: the comment on the assessment 'metodbank' for 2023 (column kommentar) is 4001 characters long; the limit is 4000: shorten it, or keep the long text in the report itself");
    }

    [Fact]
    public void Load_CsvCommentAtTheLimit_LoadsWhole()
    {
        var document = Load(Csv($"resultat;2023;;-200;;{AtLimit}\r\n"), "värden.csv", Kommun);

        document.Find("resultat")!.CommentOn(2023, null, null).Should().Be(AtLimit);
    }

    [Fact]
    public void Load_XlsxCommentOnAYesNoOverTheLimit_RefusedAtTheCell()
    {
        var workbook = XlsxFixture.Create("Värden", ["indikator", "år", "nedbrytning", "värde", "datum", "kommentar"], ["klart", 2023, null, true, null, OverLimit]);

        Errors(workbook, "värden.xlsx", Kommun).Should().Equal(
            "värden.xlsx:2:6: the comment on 'klart' for 2023 (sheet Värden, cell F2 (kommentar)) is 4001 characters long; the limit is 4000: shorten it, or keep the long text in the report itself");
    }

    [Fact]
    public void Load_YamlAssessmentCommentOverTheLimit_RefusedAtTheComment()
    {
        var yaml = $"entity: testkommun\nyear: 2023\nreport: annual\nvalues:\n  metodbank: {{status: met, comment: {OverLimit}}}\n";

        ValueErrors(yaml, Kommun).Should().Equal(
            "values.yaml:5:37: the comment on the assessment 'metodbank' is 4001 characters long; the limit is 4000: shorten it, or keep the long text in the report itself");
    }

    [Fact]
    public void Evaluate_CommentAtTheLimitReadByAGoal_IsTheGoalsCommentWhole()
    {
        var document = Load(Csv($"resultat;2023;;-200;;{AtLimit}\r\n"), "värden.csv", Kommun);

        new NRulesCompiler().Compile(Kommun).Evaluate(document).Goal("m4")!.Comment.Should().Be(AtLimit);
    }

    private static byte[] Csv(string rows) => Encoding.UTF8.GetBytes(Header + rows);
}
