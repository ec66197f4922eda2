using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;
using Nrf.Goals.Words;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// A values document may say that a value is missing, and why (<c>2023: {missing: saknas i Kolada}</c>): the goal that
/// reads it is not evaluable with that reason, never judged on the indicator's default or a zero.
/// </summary>
public sealed class MissingValueTests
{
    private static readonly Lazy<RuleSet> Lazy = new(() => RuleSetLoader.Parse(
        "id: kommun\n" +
        "title: Kommunens mål\n" +
        "validity: {from: 2021, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: resultat_andel, title: Årets resultat som andel av skatt och generella statsbidrag, unit: '%', kolada: N03102}\n" +
        "  - {id: halsa_gott, title: Gott självskattat hälsotillstånd, unit: '%', by: sex, kolada: U01405}\n" +
        "  - {id: underskott, title: Beslutat underskott, unit: mnkr, default: 0}\n" +
        "  - {id: rapport_lamnad, title: Rapport lämnad, type: yes-no}\n" +
        "  - {id: saldo, title: Saldo, unit: kr, by: date}\n" +
        "goals:\n" +
        "  - {id: f1, title: Resultat, category: financial, criterion: resultat_andel >= 2}\n" +
        "  - {id: f2, title: Resultat mot underskott, category: financial, criterion: resultat_andel >= 0 - underskott}\n" +
        "  - {id: f3, title: Resultatet ökar, category: financial, criterion: increased(resultat_andel)}\n" +
        "  - {id: v1, title: Hälsa kvinnor, category: operational, criterion: 'halsa_gott[K] >= 70'}\n" +
        "  - {id: v2, title: Jämlik hälsa, category: operational, criterion: 'gap(halsa_gott) < 5'}\n" +
        "  - {id: v3, title: Rapport, category: operational, criterion: rapport_lamnad}\n" +
        "  - {id: v4, title: Likviditet, category: operational, criterion: min(saldo) >= 0}\n" +
        "  - {id: v5, title: Resultat förra mätningen, category: operational, criterion: previous_measurement(resultat_andel) >= 1}\n",
        "kommun.yaml"));

    private static RuleSet Rules => Lazy.Value;

    [Fact]
    public void Load_MissingForAYearAKeyAndYesNo_KeepsEachReasonAndNoValue()
    {
        var document = LoadAssertions.Values(
            "entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n" +
            "  resultat_andel: {2021: 4.1, 2022: {missing: saknas i Kolada}, 2023: {missing: '  bokslutet är inte klart '}}\n" +
            "  halsa_gott: {2023: {K: {missing: saknas i Kolada}, M: 71}}\n" +
            "  rapport_lamnad: {missing: uppgift inte lämnad}\n",
            Rules);

        var result = document.Values["resultat_andel"];
        result.Years.Should().Equal(new Dictionary<int, decimal> { [2021] = 4.1m });
        result.MissingValues.Should().Equal(new MissingValue(2022, null, "saknas i Kolada"), new MissingValue(2023, null, "bokslutet är inte klart"));
        result.WhyMissing(2022, null).Should().Be("saknas i Kolada");
        result.WhyMissing(2021, null).Should().BeNull();
        var health = document.Values["halsa_gott"];
        health.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["M"] = 71m });
        health.MissingValues.Should().Equal(new MissingValue(2023, "K", "saknas i Kolada"));
        document.Values["rapport_lamnad"].MissingValues.Should().Equal(new MissingValue(2023, null, "uppgift inte lämnad"));
        document.Values["rapport_lamnad"].Flags.Should().BeEmpty();
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Load_JsonOfTheSameShape_ReadsTheSame()
    {
        var document = ValuesLoader.Parse(
            """{"entity": "vargarda", "year": 2023, "report": "annual", "values": {"resultat_andel": {"2023": {"missing": "saknas i Kolada"}}, "halsa_gott": {"2023": {"K": {"missing": "saknas i Kolada"}}}}}""",
            "values.json", Rules);

        document.Values["resultat_andel"].MissingValues.Should().Equal(new MissingValue(2023, null, "saknas i Kolada"));
        document.Values["halsa_gott"].MissingValues.Should().Equal(new MissingValue(2023, "K", "saknas i Kolada"));
    }

    [Fact]
    public void Evaluate_StatedMissingValues_NotEvaluableWithTheStatedReason()
    {
        var document = LoadAssertions.Values(
            "entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n" +
            "  resultat_andel: {2021: 0.5, 2022: {missing: saknas i Kolada}, 2023: {missing: saknas i Kolada}}\n" +
            "  halsa_gott: {2023: {K: {missing: saknas i Kolada}, M: 71}}\n" +
            "  rapport_lamnad: {missing: uppgift inte lämnad}\n" +
            "  saldo: [{date: 2023-01-31, value: 100}]\n",
            Rules);

        var result = new NRulesCompiler().Compile(Rules).Evaluate(document);

        var goals = result.Goals.ToDictionary(g => g.Id);
        goals.Values.Select(g => (g.Id, g.Status)).Should().Equal(
            ("f1", GoalStatus.NotEvaluable), ("f2", GoalStatus.NotEvaluable), ("f3", GoalStatus.NotEvaluable), ("v1", GoalStatus.NotEvaluable),
            ("v2", GoalStatus.NotEvaluable), ("v3", GoalStatus.NotEvaluable), ("v4", GoalStatus.Met), ("v5", GoalStatus.NotMet));
        goals["f1"].Reason.Should().Be("saknas i Kolada (resultat_andel 2023)");
        goals["f1"].Explanation.Should().Be("Kan inte bedömas: saknas i Kolada (resultat_andel 2023).");
        goals["f3"].Reason.Should().Be("saknas i Kolada (resultat_andel 2023)");
        goals["v1"].Reason.Should().Be("saknas i Kolada (halsa_gott[K] 2023)");
        goals["v2"].Reason.Should().Be("saknas i Kolada (halsa_gott[K] 2023)");
        goals["v3"].Reason.Should().Be("uppgift inte lämnad (rapport_lamnad 2023)");

        // previous_measurement skips a year the values say is missing and reads the latest one that has a value.
        goals["v5"].Values.Select(v => (v.Indicator, v.Year, v.Number)).Should().Equal(("resultat_andel", 2021, 0.5m));
    }

    [Fact]
    public void Evaluate_WindowOverAYearStatedMissing_NotEvaluableWithThatYearsReason()
    {
        var rules = RuleSetLoader.Parse(
            "id: kommun\ntitle: Kommunens mål\nvalidity: {from: 2021, to: 2025}\npolicy: {operational: all, financial: all}\n" +
            "indicators:\n  - {id: resultat, title: Årets resultat, unit: mnkr}\n" +
            "goals:\n  - {id: f1, title: Resultat över tre år, category: financial, criterion: 'sum_years(resultat, 3) >= 6'}\n",
            "kommun.yaml");
        var stated = LoadAssertions.Values("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat: {2021: 2, 2022: {missing: saknas i Kolada}, 2023: 3}\n", rules);
        var absent = LoadAssertions.Values("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat: {2023: 3}\n", rules);

        var compiled = new NRulesCompiler().Compile(rules);

        var f1 = compiled.Evaluate(stated).Goals.Single();
        f1.Status.Should().Be(GoalStatus.NotEvaluable);
        f1.Reason.Should().Be("saknas i Kolada (resultat 2022)");
        compiled.Evaluate(absent).Goals.Single().Reason.Should().Be("värde saknas för resultat 2021 och 2022");

        // A year stated missing and another simply absent: both named, the stated one with its reason.
        var both = LoadAssertions.Values("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat: {2022: {missing: saknas i Kolada}, 2023: 3}\n", rules);
        compiled.Evaluate(both).Goals.Single().Reason.Should().Be("saknas i Kolada (resultat 2022); värde saknas för resultat 2021");
    }

    [Fact]
    public void Evaluate_MissingWithADefault_TheDefaultDoesNotStandIn()
    {
        var document = LoadAssertions.Values("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat_andel: 1\n  underskott: {missing: direktionen har inte beslutat}\n", Rules);

        var f2 = new NRulesCompiler().Compile(Rules).Evaluate(document).Goals.Single(g => g.Id == "f2");

        f2.Status.Should().Be(GoalStatus.NotEvaluable);
        f2.Reason.Should().Be("direktionen har inte beslutat (underskott 2023)");
    }

    [Fact]
    public void Report_StatedMissingValue_SaysWhyInSwedishProse()
    {
        var document = LoadAssertions.Values(
            "entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat_andel: {2023: {missing: saknas i Kolada}}\n  halsa_gott: {2023: {K: {missing: saknas i Kolada}, M: 71}}\n",
            Rules);
        var result = new NRulesCompiler().Compile(Rules).Evaluate(document);

        var markdown = MarkdownReport.Write(EvaluationReport.Build(Rules, result, ReportLanguage.Swedish));

        markdown.Should().Contain("| Resultat | ? Ej bedömt | – | Saknas i Kolada. |");
        markdown.Should().Contain("| Hälsa kvinnor | ? Ej bedömt | – | Saknas i Kolada: kvinnor. |");
        markdown.Should().Contain("- Resultat, ej bedömt: kan inte bedömas – saknas i Kolada.");
        markdown.Should().NotContain("resultat_andel").And.NotContain("halsa_gott");
    }

    [Fact]
    public void StatedWhy_OnlyAStatedReasonGivesItsWhy()
    {
        Reasons.StatedWhy(Reasons.ValueMissingBecause("saknas i Kolada", "x", "K", 2023)).Should().Be("saknas i Kolada");
        Reasons.StatedWhy(Reasons.ValueMissing("x", "K", 2023)).Should().BeNull();
        Reasons.StatedWhy(Reasons.NoEarlierMeasurement("x", null, 2023)).Should().BeNull();
        Reasons.StatedWhy(Reasons.DivisionByZero).Should().BeNull();
        Reasons.StatedWhy(null).Should().BeNull();
    }

    [Fact]
    public void AddMissing_BesideAValueForTheSameKey_RefusedAsGivenTwice()
    {
        var builder = new ValuesDocumentBuilder(Rules);
        builder.SetHeader(new ValuesHeaderFacts("vargarda", At, 2023, At, ReportKind.Annual, null, At, null, At));
        builder.AddNumber(new ValueStatement("halsa_gott", ValueKind.Keyed, new SourceLocation("kolada:U01405", 3, 1)) { Year = 2023, Key = "K" }, 70m).Should().BeTrue();
        builder.AddMissing(new ValueStatement("halsa_gott", ValueKind.Keyed, new SourceLocation("kolada:U01405", 4, 1)) { Year = 2023, Key = "K" }, "saknas i Kolada").Should().BeTrue();

        var act = () => builder.Build();

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString())
            .Should().Equal("kolada:U01405:4:1: 'halsa_gott' for 2023, K is given twice (the first at line 3)");
    }

    [Fact]
    public void AddMissing_FromAnotherSource_BuildsTheDocumentAndRefusesTheWrongKind()
    {
        var builder = new ValuesDocumentBuilder(Rules);
        builder.SetHeader(new ValuesHeaderFacts("vargarda", At, 2023, At, ReportKind.Annual, null, At, null, At));

        builder.AddMissing(new ValueStatement("resultat_andel", ValueKind.Number, At) { Year = 2023 }, "saknas i Kolada").Should().BeTrue();
        builder.AddMissing(new ValueStatement("halsa_gott", ValueKind.Number, At) { Year = 2023 }, "saknas i Kolada").Should().BeFalse();
        builder.AddMissing(new ValueStatement("halsa_gott", ValueKind.Keyed, At) { Year = 2023, Key = "X" }, "saknas i Kolada").Should().BeFalse();
        var act = () => builder.AddMissing(new ValueStatement("saldo", ValueKind.Observation, At) { Date = new DateOnly(2023, 1, 31) }, "saknas");

        act.Should().Throw<ArgumentException>().WithMessage("This method takes a statement of kind Number or Keyed or YesNo, not Observation.*");
        builder.Diagnostics.Items.Select(d => d.ToString()).Should().Equal(
            "kolada:N03102:1:1: 'halsa_gott' for 2023 states a number for a year, but the rule set 'kommun' declares 'halsa_gott' broken down by sex (K, M, T)",
            "kolada:N03102:1:1: 'X' is not a key of sex (did you mean 'K'?); 'halsa_gott' for 2023 takes K, M, T");
    }

    [Theory]
    [InlineData("{2023: {missing: ''}}", "values.yaml:5:36: why 'resultat_andel' for 2023 is missing is empty")]
    [InlineData("{2023: {missing: '   '}}", "values.yaml:5:36: why 'resultat_andel' for 2023 is missing is empty")]
    [InlineData("{2023: {missing: \"rad ett\\nrad två\"}}", "values.yaml:5:36: the missing value 'resultat_andel' for 2023 has a reason of several lines; write it on one line, as goals repeat it in their one-line explanation")]
    [InlineData("{2023: {missing: saknas, note: x}}", "values.yaml:5:44: unknown key 'note' in the missing value 'resultat_andel' for 2023; allowed keys are missing")]
    public void Load_BadReason_RefusedAtIt(string values, string expected)
    {
        ValueErrors($"entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat_andel: {values}\n", Rules).Should().Equal(expected);
    }

    [Fact]
    public void Load_ReasonLongerThanTheLimit_Refused()
    {
        var reason = new string('a', InputLimits.MaxReasonCharacters + 1);

        ValueErrors($"entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  resultat_andel: {{2023: {{missing: {reason}}}}}\n", Rules)
            .Should().Equal($"values.yaml:5:36: the missing value 'resultat_andel' for 2023 has a reason 201 characters long; the limit is 200: a reason is a few words that every goal reading the value repeats");
    }

    [Fact]
    public void Load_MissingForAWholeYearOfAnIndicatorBySex_AskedKeyByKey()
    {
        ValueErrors("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  halsa_gott: {2023: {missing: saknas i Kolada}}\n", Rules)
            .Should().Equal("values.yaml:5:23: 'halsa_gott' for 2023 is broken down by sex; say which value is missing key by key, e.g. {K: {missing: saknas i Kolada}}");
    }

    [Fact]
    public void Load_MissingInADatedSeries_Refused()
    {
        ValueErrors("entity: vargarda\nyear: 2023\nreport: annual\nvalues:\n  saldo: {missing: saknas}\n", Rules)
            .Should().Equal("values.yaml:5:10: 'saldo' is a dated series; leave out an observation that is missing, as a series has no {missing: …}");
    }

    private static readonly SourceLocation At = new("kolada:N03102", 1, 1);
}
