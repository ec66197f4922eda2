using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Nrf.Goals.Expressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// What reaches a finance officer (md, html, docx) reads as Swedish (or English) prose, for any rule file: both
/// shipped rule sets, the same with every <c>explanation</c> template removed (the first rule file an analyst writes has
/// none), and a generated rule set that calls every function and uses every operator of the criterion language — so a
/// function added without a reading, or read with its name, fails here.
/// </summary>
public sealed partial class ReportsReadAsProseTests
{
    /// <summary>Every function and operator, each in a goal, over indicators whose ids could not be mistaken for words.</summary>
    internal const string EveryFunction = """
        id: every-function
        title: Varje funktion
        entity: test
        validity: {from: 2020, to: 2025}
        policy: {operational: {atLeast: 1}, financial: all}
        indicators:
          - {id: n_antal, title: Antal möten, unit: antal}
          - {id: n_andel, title: Andel som svarat, unit: "%", by: sex}
          - {id: n_saldo, title: Saldo på kontot, unit: kr, by: date}
          - {id: n_kostnad, title: Kostnad, unit: tkr, baseline: {year: 2020, value: 900}}
          - {id: f_klar, title: Rapporten är klar, type: yes-no}
          - {id: n_intakt, title: Skatteintäkter och generella statsbidrag, unit: tkr}
        goals:
          - {id: g-abs, title: Kostnaden stabil, category: financial, criterion: "abs(n_kostnad - previous(n_kostnad)) <= 100"}
          - {id: g-minmax, title: Möten i lagom antal, category: operational, criterion: "min(n_antal, 5) >= 2 and max(n_antal, 1) > 0"}
          - {id: g-lagst, title: Lägsta saldo, category: financial, criterion: "min(n_saldo) >= 1000"}
          - {id: g-hogst, title: Högsta saldo, category: financial, criterion: "max(n_saldo) < 9000000"}
          - {id: g-senast, title: Saldot växer, category: operational, criterion: "latest(n_saldo) > same_period_last_year(n_saldo)"}
          - {id: g-gap, title: Jämställda svar, category: operational, criterion: "gap(n_andel) < gap(previous_measurement(n_andel))"}
          - {id: g-andring, title: Fler möten eller lägre kostnad, category: operational, criterion: "increased(n_antal) or decreased(n_kostnad)"}
          - {id: g-at, title: Kostnad mot 2020, category: operational, criterion: "n_kostnad * 2 / at(n_kostnad, 2020) != 3"}
          - {id: g-baseline, title: Kostnad som ingångsvärdet, category: operational, criterion: "n_kostnad + 1 == baseline(n_kostnad) + 1"}
          - {id: g-inte, title: Inte klar, category: operational, criterion: "not f_klar"}
          - {id: g-minus, title: Negativt antal, category: operational, criterion: "-n_antal < 0 and n_andel[K] - n_andel[M] <= 10"}
          - {id: g-kvot, title: Andel möten, category: operational, criterion: "n_antal / n_antal >= 0.5"}
          - {id: g-summa, title: Kostnaden under två år, category: financial, criterion: "sum_years(n_kostnad, 2) / sum_years(n_intakt, 2) * 100 <= 5"}
          - {id: g-snitt, title: Möten i snitt under tre år, category: operational, criterion: "mean_years(n_antal, 3) >= 3"}
          - {id: g-vagt, title: Svar vägda med möten, category: operational, criterion: "weighted_mean_years(n_andel[K], n_antal, 1) >= 70"}
          - {id: g-period, title: Möten under planperioden, category: operational, criterion: "sum_period(n_antal) >= 10"}
          - {id: g-period-snitt, title: Kostnad i snitt under planperioden, category: financial, criterion: "mean_period(n_kostnad) <= 1000"}
          - {id: g-period-vagt, title: Kostnad per möte under planperioden, category: financial, criterion: "weighted_mean_period(n_kostnad, n_antal) < 2000"}
        """;

    private const string EveryFunctionValues = """
        entity: test
        year: 2023
        report: interim
        period: DÅ08
        asOf: 2023-08-31
        values:
          n_antal: {2020: 2, 2021: 3, 2022: 3, 2023: 4}
          n_andel: {2021: {K: 70.5, M: 80}, 2023: {K: 75, M: 79}}
          n_saldo:
            - {date: 2022-06-30, value: 1500}
            - {date: 2023-03-31, value: -2500}
            - {date: 2023-06-30, value: 3000}
          n_kostnad: {2020: 900, 2021: 920, 2022: 950, 2023: 1000}
          n_intakt: {2022: 20000, 2023: 21000}
          f_klar: false
        """;

    public static TheoryData<string> Cases => ["nrf-da08", "nrf-annual", "norrbotten-da08", "vargarda-annual", "every-function", "every-function-missing"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_WithTheirTemplates_ReadAsProse(string name) => AssertProse(Load(name, stripTemplates: false));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_WithEveryTemplateRemoved_ReadAsProse(string name) => AssertProse(Load(name, stripTemplates: true));

    [Fact]
    public void EveryFunction_UsesEveryFunctionAndOperatorOfTheLanguage()
    {
        // A function added to FunctionLibrary must be used here, so that the tests above read it.
        var ruleSet = RuleSetLoader.Parse(EveryFunction, "every-function.yaml");
        var nodes = ruleSet.Goals.SelectMany(g => Parts(g.Criterion)).SelectMany(p => ExprNodes.Walk(p.Expression)).ToList();

        nodes.OfType<CallExpr>().Select(c => c.Function).Distinct().Should().BeEquivalentTo(FunctionLibrary.All.Keys);
        nodes.OfType<BinaryExpr>().Select(b => b.Operator).Distinct().Should().BeEquivalentTo(Enum.GetValues<BinaryOperator>());
        nodes.OfType<UnaryExpr>().Select(u => u.Operator).Distinct().Should().BeEquivalentTo(Enum.GetValues<UnaryOperator>());
        nodes.OfType<CallExpr>().Where(c => c.Function is "min" or "max").Select(c => c.Arguments.Length > 1).Distinct()
            .Should().BeEquivalentTo([true, false], "min and max of numbers and of a series are two readings");
    }

    private static void AssertProse((RuleSet RuleSet, ImmutableArray<EvaluationResult> Results) c)
    {
        foreach (var language in new[] { ReportLanguage.Swedish, ReportLanguage.English })
        {
            var documents = c.Results.Select(r => EvaluationReport.Build(c.RuleSet, r, language)).Append(TrajectoryReport.Build(c.RuleSet, c.Results, language));
            foreach (var document in documents)
            {
                Check(c.RuleSet, "md", Unescaped(MarkdownReport.Write(document)));
                Check(c.RuleSet, "html", HtmlBodyText(HtmlReport.Write(document)));
                Check(c.RuleSet, "docx", DocxText(DocxReport.Write(document)));
            }
        }
    }

    private static void Check(RuleSet ruleSet, string format, string text)
    {
        foreach (var indicator in ruleSet.Indicators)
        {
            Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}_-]){Regex.Escape(indicator.Id)}(?![\p{{L}}\p{{N}}_])").Should()
                .BeFalse($"the indicator id '{indicator.Id}' must not reach {format}: {Around(text, indicator.Id)}");
        }

        Breakdown().Match(text).Should().Match<Match>(m => !m.Success, $"no breakdown notation in {format}: {Around(text, Breakdown().Match(text).Value)}");
        foreach (var function in FunctionLibrary.All.Keys)
        {
            text.Should().NotContain(function + "(", $"no call of {function} in {format}");
        }

        foreach (var op in new[] { ">=", "<=", "==", "!=" })
        {
            text.Should().NotContain(op, $"no operator as written in a rule file in {format}");
        }

        // A target reads "minst 90 %" or "högst 12", as the plans write it; the symbols are criterion notation.
        text.Should().NotContain("≥", $"a target reads 'minst' in {format}: {Around(text, "≥")}").And.NotContain("≤", $"a target reads 'högst' in {format}: {Around(text, "≤")}");

        HyphenMinus().Match(text).Should().Match<Match>(m => !m.Success, $"a negative number takes U+2212 in {format}: {Around(text, HyphenMinus().Match(text).Value)}");
    }

    private static (RuleSet, ImmutableArray<EvaluationResult>) Load(string name, bool stripTemplates)
    {
        var (rules, values) = name switch
        {
            "nrf-da08" => (RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")), new[] { File.ReadAllText(RepositoryPaths.Examples("nrf-2023-interim-da08.yaml")), File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml")) }),
            "nrf-annual" => (RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")), new[] { File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml")) }),
            "norrbotten-da08" => (RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml")), new[] { File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml")) }),
            "vargarda-annual" => (RuleSetLoader.Load(RepositoryPaths.Rules("vargarda/budget-2023-2025.yaml")), new[] { File.ReadAllText(RepositoryPaths.Examples("vargarda-2023-annual.yaml")) }),
            "every-function" => (RuleSetLoader.Parse(EveryFunction, "every-function.yaml"), new[] { EveryFunctionValues }),
            _ => (RuleSetLoader.Parse(EveryFunction, "every-function.yaml"), new[] { EveryFunctionValues[..EveryFunctionValues.IndexOf("  n_antal", StringComparison.Ordinal)] + "  f_klar: true\n" }),
        };
        if (stripTemplates)
        {
            rules = rules with { Goals = [.. rules.Goals.Select(g => g with { Explanation = null })] };
        }

        var compiled = new NRulesCompiler().Compile(rules);
        return (rules, [.. values.Select(v => compiled.Evaluate(ValuesLoader.Parse(v, "values.yaml", rules)))]);
    }

    private static IEnumerable<CriterionPart> Parts(Criterion criterion) => criterion switch
    {
        ExpressionCriterion e => e.Parts,
        MonitorCriterion m => m.Shown,
        ScheduledCriterion s => s.Cases.SelectMany(c => Parts(c.Criterion)),
        _ => [],
    };

    /// <summary>Markdown as it shows: a backslash before punctuation shows the punctuation alone.</summary>
    private static string Unescaped(string markdown) => Regex.Replace(markdown, @"\\(\p{P}|\p{S})", "$1");

    /// <summary>The text of an HTML report's body as a browser shows it: no style, no markup, entities decoded.</summary>
    private static string HtmlBodyText(string html)
    {
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        return WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]+>", " "));
    }

    /// <summary>The text of document.xml, and of every chart's labels.</summary>
    private static string DocxText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = word.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);
        var charts = main.ChartParts.SelectMany(c => c.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.StringPoint>().Select(p => p.InnerText));
        return string.Join("\n", paragraphs.Concat(charts));
    }

    private static string Around(string text, string what)
    {
        var at = what.Length == 0 ? -1 : text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 140));
    }

    // x[K], x[somatisk-vard]: a name and a bracketed key, as rule files write a breakdown.
    [GeneratedRegex(@"[\p{L}\p{N}_]\[[^\]\s]+\]")]
    private static partial Regex Breakdown();

    // A hyphen-minus that makes a number negative: not inside a word or between numbers ("40-åringar", "2014-2018").
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-_,.])-\d")]
    private static partial Regex HyphenMinus();
}
