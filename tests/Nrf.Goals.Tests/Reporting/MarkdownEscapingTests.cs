using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// Text from rule and values files shows as text in Markdown: a goal title or comment cannot become a link, an image
/// that calls home, emphasis, HTML, a heading, a list or a new table cell (issue 15).
/// </summary>
public sealed class MarkdownEscapingTests
{
    private const string Link = "[Klicka här](javascript:alert(1))";
    private const string EscapedLink = @"\[Klicka här\]\(javascript:alert\(1\)\)";

    [Fact]
    public void Write_LinkInTitleHeadingParagraphListAndCell_IsEscapedEverywhere()
    {
        var markdown = MarkdownReport.Write(Document(Link));

        markdown.Should().Be(
            $"## {EscapedLink}\n\n### {EscapedLink}\n\n{EscapedLink}\n\n- {EscapedLink}\n\n| {EscapedLink} |\n|---|\n| {EscapedLink} |\n");
    }

    [Theory]
    [InlineData("R&amp;D", @"R\&amp;D")]
    [InlineData("&lt;b&gt;fet&lt;/b&gt;", @"\&lt;b\&gt;fet\&lt;/b\&gt;")]
    [InlineData("&copy; Region", @"\&copy; Region")]
    [InlineData("av&shy;&lrm;stämning", @"av\&shy;\&lrm;stämning")]
    [InlineData("&#8238;09%", @"\&\#8238;09%")]
    public void Write_EntityReferenceInTitleOrComment_ShowsAsWrittenNotAsTheCharacter(string text, string expected)
    {
        // Issue 22: "R&amp;D" showed as "R&D", "&shy;&lrm;" put invisible characters into the report; CommonMark reads
        // "\&" as a literal ampersand, so no entity reference stays live.
        Paragraph(MarkdownReport.Write(Document(text))).Should().Be(expected);
    }

    [Fact]
    public void Write_TrackingImage_IsEscapedText()
    {
        Paragraph(MarkdownReport.Write(Document("![](http://x/track.png)"))).Should().Be(@"\!\[\]\(http://x/track.png\)");
    }

    [Fact]
    public void Write_EmphasisStrikeCodeAndHtml_AreEscaped()
    {
        Paragraph(MarkdownReport.Write(Document("a *b* _c_ ~~d~~ `e` <img src=x onerror=y> > f \\ g")))
            .Should().Be(@"a \*b\* \_c\_ \~\~d\~\~ \`e\` \<img src=x onerror=y\> \> f \\ g");
    }

    [Theory]
    [InlineData("# Rubrik", @"\# Rubrik")]
    [InlineData("Mål #", @"Mål \#")]
    [InlineData("- punkt", @"\- punkt")]
    [InlineData("+ punkt", @"\+ punkt")]
    [InlineData("=== ", @"\=== ")]
    [InlineData("2023. Året", @"2023\. Året")]
    [InlineData("Mål 2023. Året", "Mål 2023. Året")]
    [InlineData("1234567890. x", "1234567890. x")]
    [InlineData("a-b", "a-b")]
    public void Write_BlockMarkersAtTheStartOfAParagraph_AreEscaped(string text, string expected)
    {
        Paragraph(MarkdownReport.Write(Document(text))).Should().Be(expected);
    }

    [Fact]
    public void Write_PipeAndLineBreakInCell_StayInTheCell()
    {
        var markdown = MarkdownReport.Write(Document("a | b\n| c |"));

        markdown.Should().EndWith(@"| a \| b \| c \| |" + "\n");
    }

    [Fact]
    public void Write_BidiOverrideAndEscapeInText_AreRemoved()
    {
        Paragraph(MarkdownReport.Write(Document("mål \u202E%09\u202C \u001B[31mröd"))).Should().Be(@"mål %09 \[31mröd");
    }

    [Fact]
    public void Write_HostileGoalTitleAndCommentInARealReport_LeaveNoUnescapedMarkup()
    {
        var ruleSet = RuleSetLoader.Parse("""
            id: demo
            title: "Demo [x](javascript:alert(1))"
            entity: demo
            validity: {from: 2024, to: 2024}
            policy: {operational: all, financial: all}
            indicators:
              - {id: a_count, title: "A ![](http://x/a.png)", unit: antal}
              - {id: method_bank, title: Metodbank, type: assessment}
            goals:
              - {id: g1, title: "[Klicka här](javascript:alert(1))", category: operational, criterion: a_count >= 1,
                 target: "*minst* ett _a_ <b>"}
              - {id: g2, title: "# Rubrik", category: financial, criterion: {manual: method_bank}}
            """);
        var values = ValuesLoader.Parse("""
            entity: demo
            year: 2024
            report: annual
            values:
              a_count: 0
              method_bank: {status: met, comment: "![](http://x/track.png) ~~klar~~ `kod`"}
            """, "values.yaml", ruleSet);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        var markdown = MarkdownReport.Write(EvaluationReport.Build(ruleSet, result, ReportLanguage.Swedish));

        markdown.Should().Contain(EscapedLink).And.Contain(@"\!\[\]\(http://x/track.png\) \~\~klar\~\~ \`kod\`");
        // Every markup character in the file is the writer's own (headings, list items, table rules) or escaped.
        Regex.Matches(markdown, @"(?<!\\)[\[\]()!<>*_~`]").Select(m => m.Value).Should().BeEmpty(markdown);
    }

    private static ReportDocument Document(string text) => new(
        text,
        ReportLanguage.Swedish,
        [
            new ReportHeading(text),
            new ReportParagraph(text),
            new ReportList([text]),
            new ReportTable([text], [[new ReportCell(text)]]),
        ]);

    // The paragraph is the fifth line: "## …", "", "### …", "", paragraph.
    private static string Paragraph(string markdown) => markdown.Split('\n')[4];
}
