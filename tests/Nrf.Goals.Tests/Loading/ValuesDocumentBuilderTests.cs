using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// The public seam for values sources, used as a reader of a web API will use it (Kolada: no file positions, a source
/// name such as <c>kolada:N03101</c>): the same checks and words as the YAML loader, and clear exceptions for misuse.
/// </summary>
public sealed class ValuesDocumentBuilderTests
{
    private const string Source = "kolada:N03101";

    private static readonly SourceLocation At = new(Source, 1, 1);

    private static readonly Lazy<RuleSet> KoladaRules = new(() => RuleSetLoader.Parse(
        "id: kolada-test\n" +
        "title: Kommunens mål\n" +
        "entity: \"2584\"\n" +
        "validity: {from: 2022, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: resultat_andel, title: Årets resultat som andel av skatteintäkter, unit: \"%\"}\n" +
        "  - {id: halsa_gott, title: Självskattad god hälsa, unit: \"%\", by: sex}\n" +
        "  - {id: besok, title: Besök, unit: antal, period: tertial}\n" +
        "  - {id: rapport_lamnad, title: Rapport lämnad, type: yes-no}\n" +
        "  - {id: helhet, title: Samlad bedömning, type: assessment}\n" +
        "  - {id: metodbank, title: Metodbank, type: activity}\n" +
        "  - {id: saldo, title: Saldo, unit: kr, by: date}\n" +
        "  - {id: oanvand, title: Används inte}\n" +
        "goals:\n" +
        "  - {id: f1, title: Resultat, category: financial, criterion: resultat_andel >= 2}\n" +
        "  - {id: f2, title: Likviditet, category: financial, criterion: min(saldo) >= 0}\n" +
        "  - {id: v1, title: Hälsa, category: operational, criterion: \"halsa_gott[K] >= 70\"}\n" +
        "  - {id: v2, title: Besök, category: operational, criterion: besok >= 100}\n" +
        "  - {id: v3, title: Rapport, category: operational, criterion: rapport_lamnad}\n" +
        "  - {id: v4, title: Helhet, category: operational, criterion: {manual: helhet}}\n" +
        "  - {id: v5, title: Metodbank, category: operational, criterion: {activity: metodbank}}\n",
        "kolada-test.yaml"));

    private static RuleSet Rules => KoladaRules.Value;

    [Fact]
    public void Build_StatementsOfEveryKind_MakeTheDocument()
    {
        var builder = Builder();
        builder.AddNumber(Number("resultat_andel", 2022), 1.4m).Should().BeTrue();
        builder.AddNumber(Number("resultat_andel", 2023), 2.1m).Should().BeTrue();
        builder.AddNumber(Keyed("halsa_gott", 2023, "K"), 71m).Should().BeTrue();
        builder.AddNumber(Keyed("halsa_gott", 2023, "M"), 68m).Should().BeTrue();
        builder.AddNumber(Number("besok", 2023) with { Comment = "T3, september–december" }, 130m).Should().BeTrue();
        builder.StateCovers("besok", ValuePeriod.Tertial, At).Should().BeTrue();
        builder.AddYesNo(new ValueStatement("rapport_lamnad", ValueKind.YesNo, At) { Year = 2023 }, true).Should().BeTrue();
        builder.AddAssessment(new ValueStatement("helhet", ValueKind.Assessment, At), new ManualAssessment(GoalStatus.Met, "Alla mål nådda", "ekonomichefen")).Should().BeTrue();
        builder.AddActivity(new ValueStatement("metodbank", ValueKind.Activity, At), new ActivityReport(ActivityState.Done, null, null)).Should().BeTrue();
        builder.AddNumber(Observation("saldo", new DateOnly(2023, 12, 31)), 1_900_000m).Should().BeTrue();
        builder.AddNumber(Observation("saldo", new DateOnly(2023, 1, 31)), 2_350_000m).Should().BeTrue();

        var document = builder.Build();

        (document.Entity, document.Year, document.Report, document.Period).Should().Be(("2584", 2023, ReportKind.Annual, (ReportPeriod?)null));
        document.Values.Keys.Should().Equal("besok", "halsa_gott", "helhet", "metodbank", "rapport_lamnad", "resultat_andel", "saldo");
        document.Find("resultat_andel")!.Years.Should().Equal(new Dictionary<int, decimal> { [2022] = 1.4m, [2023] = 2.1m });
        document.Find("halsa_gott")!.Keyed[2023].Should().Equal(new Dictionary<string, decimal> { ["K"] = 71m, ["M"] = 68m });
        document.Find("besok")!.Comments.Should().Equal(new ValueComment(2023, null, null, "T3, september–december"));
        document.Covers.Should().Equal(new Dictionary<string, ValuePeriod> { ["besok"] = ValuePeriod.Tertial });
        document.Find("rapport_lamnad")!.Flags.Should().Equal(new Dictionary<int, bool> { [2023] = true });
        document.Find("helhet")!.Assessment.Should().Be(new ManualAssessment(GoalStatus.Met, "Alla mål nådda", "ekonomichefen"));
        document.Find("metodbank")!.Activity.Should().Be(new ActivityReport(ActivityState.Done, null, null));
        document.Find("saldo")!.Series.Should().Equal(new DatedValue(new DateOnly(2023, 1, 31), 2_350_000m), new DatedValue(new DateOnly(2023, 12, 31), 1_900_000m));
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void AddNumber_UndeclaredIndicator_WarnsWithDidYouMeanAsTheYamlLoaderDoes()
    {
        var builder = Builder();

        builder.AddNumber(Number("resultat_andl", 2023), 2.1m).Should().BeFalse();
        var document = builder.Build();

        document.Values.Should().BeEmpty();
        document.Warnings.Select(w => (w.ToString(), w.Code)).Should().Equal(
            ("kolada:N03101:1:1: warning: 'resultat_andl' is not an indicator of the rule set 'kolada-test' (did you mean 'resultat_andel'?); its values are ignored", DiagnosticCodes.UnknownIndicator));
        Yaml("  resultat_andl: {2023: 2.1}\n").Warnings.Select(w => w.ToString()).Should().Equal(
            "values.yaml:5:3: warning: 'resultat_andl' is not an indicator of the rule set 'kolada-test' (did you mean 'resultat_andel'?); its values are ignored");
    }

    [Fact]
    public void AddNumber_KeyTheDimensionDoesNotHave_IsTheYamlLoadersError()
    {
        var builder = Builder();

        builder.AddNumber(Keyed("halsa_gott", 2023, "Q"), 71m).Should().BeFalse();

        Errors(builder).Should().Equal("kolada:N03101:1:1: 'Q' is not a key of sex (did you mean 'K'?); 'halsa_gott' for 2023 takes K, M, T");
        YamlErrors("  halsa_gott: {2023: {Q: 71}}\n").Should().Equal("values.yaml:5:23: 'Q' is not a key of sex (did you mean 'K'?); 'halsa_gott' for 2023 takes K, M, T");
    }

    [Fact]
    public void AddNumber_AValueTwice_IsRefusedAtTheSecondNamingTheFirstLine()
    {
        var builder = Builder();
        var table = Builder(ValuesSourceForm.Table);
        foreach (var b in new[] { builder, table })
        {
            b.AddNumber(Number("resultat_andel", 2023), 2.1m).Should().BeTrue();
            b.AddNumber(Number("resultat_andel", 2023) with { At = new SourceLocation(Source, 2, 1) }, 2.2m).Should().BeTrue();
            b.AddNumber(Observation("saldo", new DateOnly(2023, 1, 31)) with { At = new SourceLocation(Source, 3, 1) }, 1m).Should().BeTrue();
            b.AddNumber(Observation("saldo", new DateOnly(2023, 1, 31)) with { At = new SourceLocation(Source, 4, 1) }, 2m).Should().BeTrue();
        }

        Errors(builder).Should().Equal(
            "kolada:N03101:2:1: 'resultat_andel' for 2023 is given twice (the first at line 1)",
            "kolada:N03101:4:1: 'saldo' has two observations dated 2023-01-31 (the first at line 3)");
        Errors(table).Should().Equal(
            "kolada:N03101:2:1: 'resultat_andel' for 2023 is given twice (first on line 1); keep one row",
            "kolada:N03101:4:1: 'saldo' on 2023-01-31 is given twice (first on line 3); keep one row");
    }

    [Fact]
    public void AddNumber_OfAnotherKindThanTheIndicatorIsDeclared_IsRefused()
    {
        var builder = Builder();

        builder.AddNumber(Number("rapport_lamnad", 2023), 1m).Should().BeFalse();
        builder.AddNumber(Number("halsa_gott", 2023) with { ValuePlace = "gender T" }, 70m).Should().BeFalse();
        builder.AddYesNo(new ValueStatement("resultat_andel", ValueKind.YesNo, At), true).Should().BeFalse();

        Errors(builder).Should().Equal(
            "kolada:N03101:1:1: 'rapport_lamnad' for 2023 states a number for a year, but the rule set 'kolada-test' declares 'rapport_lamnad' yes/no",
            "kolada:N03101:1:1: 'halsa_gott' for 2023 states a number for a year, but the rule set 'kolada-test' declares 'halsa_gott' broken down by sex (K, M, T) (gender T)",
            "kolada:N03101:1:1: 'resultat_andel' states yes or no, but the rule set 'kolada-test' declares 'resultat_andel' a number per year");
    }

    [Fact]
    public void AddNumber_NegativeCount_IsRefusedAsInEveryFormat()
    {
        var builder = Builder();

        builder.AddNumber(Number("besok", 2023), -5m).Should().BeFalse();

        Errors(builder).Should().Equal("kolada:N03101:1:1: 'besok' for 2023 is a count (antal) and cannot be negative, but it is -5");
    }

    [Fact]
    public void Build_ValueOfADeclaredPeriodWithoutCovers_SaysHowADocumentStatesIt()
    {
        var builder = Builder();

        builder.AddNumber(Number("besok", 2023), 130m).Should().BeTrue();

        Errors(builder).Should().Equal(
            "kolada:N03101:1:1: 'besok' is declared with period: tertial, so its value here is the tertial T3 (September–December), but in ÅR a value could cover the tertial T3 (September–December), the year to date (January–December) or the whole year; say which with covers: {besok: tertial}");
    }

    [Fact]
    public void StateCovers_AnotherPeriodForTheSameIndicator_IsRefused()
    {
        var builder = Builder();

        builder.StateCovers("besok", ValuePeriod.Tertial, At).Should().BeTrue();
        builder.StateCovers("besok", ValuePeriod.Year, new SourceLocation(Source, 2, 1), "column avser").Should().BeFalse();
        builder.StateCovers("besk", ValuePeriod.Year, new SourceLocation(Source, 3, 1)).Should().BeFalse();

        Errors(builder).Should().Equal(
            "kolada:N03101:2:1: 'besok' is said to cover year here (column avser) but tertial on line 1; one indicator's values cover one kind of period",
            "kolada:N03101:3:1: covers names 'besk', which is not an indicator of the rule set 'kolada-test' (did you mean 'besok'?)");
    }

    [Fact]
    public void SetHeader_YearOutsideTheValidityAndAnotherEntity_AreTheYamlLoadersErrors()
    {
        var builder = new ValuesDocumentBuilder(Rules);

        builder.SetHeader(new ValuesHeaderFacts("2580", At, 2030, new SourceLocation(Source, 2, 1), ReportKind.Annual, null, At, null, At));

        Errors(builder).Should().Equal(
            "kolada:N03101:1:1: these values are for '2580', but the rule set 'kolada-test' is for '2584'",
            "kolada:N03101:2:1: the year 2030 is outside the rule set's validity 2022–2025");
    }

    [Fact]
    public void TryIndicator_DeclaredIndicatorNoGoalUses_WarnsOnceAsTheYamlLoaderDoes()
    {
        var builder = Builder();

        builder.TryIndicator("oanvand", At, out var indicator).Should().BeTrue();
        builder.AddNumber(Number("oanvand", 2023), 1m).Should().BeTrue();

        indicator!.Id.Should().Be("oanvand");
        builder.Build().Warnings.Select(w => w.ToString()).Should().Equal(
            "kolada:N03101:1:1: warning: no goal of the rule set 'kolada-test' uses 'oanvand'; its values are checked but not used");
        Yaml("  oanvand: 1\n").Warnings.Select(w => w.ToString()).Should().Equal(
            "values.yaml:5:3: warning: no goal of the rule set 'kolada-test' uses 'oanvand'; its values are checked but not used");
    }

    [Fact]
    public void AddAssessment_ForAnotherYearThanTheAssessedOne_IsIgnoredWithAWarning()
    {
        var builder = Builder();

        builder.AddAssessment(new ValueStatement("helhet", ValueKind.Assessment, At) { Year = 2022 }, new ManualAssessment(GoalStatus.Met, null, null)).Should().BeTrue();
        var document = builder.Build();

        document.Find("helhet").Should().BeNull();
        document.Warnings.Select(w => w.ToString()).Should().Equal(
            "kolada:N03101:1:1: warning: the assessment 'helhet' for 2022 is not for the assessed year 2023; it is ignored");
    }

    [Fact]
    public void Build_ReadersOwnProblems_AreReportedWithTheBuildersInFileOrder()
    {
        var bag = new DiagnosticBag();
        var builder = new ValuesDocumentBuilder(Rules, ValuesSourceForm.Document, bag);
        builder.SetHeader(Header());
        bag.Error(new SourceLocation(Source, 3, 1), "the figure for 2023 is missing from the response");

        builder.AddNumber(Number("besok", 2023) with { At = new SourceLocation(Source, 2, 1) }, -1m).Should().BeFalse();

        Errors(builder).Should().Equal(
            "kolada:N03101:2:1: 'besok' for 2023 is a count (antal) and cannot be negative, but it is -1",
            "kolada:N03101:3:1: the figure for 2023 is missing from the response");
    }

    [Theory]
    [InlineData(ValueKind.Number, 2023, null, null, "'x' for 2023")]
    [InlineData(ValueKind.Number, null, null, null, "'x'")]
    [InlineData(ValueKind.Keyed, 2023, "K", null, "'x' for 2023, K")]
    [InlineData(ValueKind.Keyed, null, "K", null, "'x', K")]
    [InlineData(ValueKind.Observation, 2023, null, "2023-01-31", "'x' on 2023-01-31")]
    [InlineData(ValueKind.Assessment, null, null, null, "the assessment 'x'")]
    [InlineData(ValueKind.Activity, 2022, null, null, "the activity 'x' for 2022")]
    public void Describe_NamesTheStatementAsMessagesDo(ValueKind kind, int? year, string? key, string? date, string expected)
    {
        var statement = new ValueStatement("x", kind, At) { Year = year, Key = key, Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        statement.Describe().Should().Be(expected);
    }

    [Fact]
    public void Misuse_IsAClearExceptionAndLeavesNoDocument()
    {
        var noHeader = new ValuesDocumentBuilder(Rules);
        var noEntity = new ValuesDocumentBuilder(null);
        noEntity.SetHeader(new ValuesHeaderFacts(null, At, 2023, At, ReportKind.Annual, null, At, null, At));
        var built = Builder();
        built.Build();

        FluentActions.Invoking(() => Builder().AddNumber(new ValueStatement("halsa_gott", ValueKind.Keyed, At) { Year = 2023 }, 1m)).Should().Throw<ArgumentException>()
            .WithMessage("A statement of kind Keyed gives a key, and no other kind does.*");
        FluentActions.Invoking(() => Builder().AddYesNo(Number("rapport_lamnad", 2023), true)).Should().Throw<ArgumentException>()
            .WithMessage("This method takes a statement of kind YesNo, not Number.*");
        FluentActions.Invoking(() => Builder().AddNumber(Number("saldo", 2023) with { Date = new DateOnly(2023, 1, 31) }, 1m)).Should().Throw<ArgumentException>()
            .WithMessage("A statement of kind Observation gives a date, and no other kind does.*");
        FluentActions.Invoking(() => Builder().SetHeader(Header())).Should().Throw<InvalidOperationException>().WithMessage("The header of a values document is set once.");
        FluentActions.Invoking(noHeader.Build).Should().Throw<InvalidOperationException>().WithMessage("Set the header (SetHeader) before building the values document.");
        FluentActions.Invoking(noEntity.Build).Should().Throw<InvalidOperationException>()
            .WithMessage("The header gives no entity, year or report, and no error says why; a values source that cannot give them must report it.");
        FluentActions.Invoking(built.Build).Should().Throw<InvalidOperationException>().WithMessage("The values document was built already; use a new builder for another.");
        FluentActions.Invoking(() => built.AddNumber(Number("resultat_andel", 2023), 1m)).Should().Throw<InvalidOperationException>();
    }

    private static ValuesHeaderFacts Header() => new("2584", At, 2023, At, ReportKind.Annual, null, At, null, At);

    private static ValuesDocumentBuilder Builder(ValuesSourceForm form = ValuesSourceForm.Document)
    {
        var builder = new ValuesDocumentBuilder(Rules, form);
        builder.SetHeader(Header());
        return builder;
    }

    private static ValueStatement Number(string id, int year) => new(id, ValueKind.Number, At) { Year = year };

    private static ValueStatement Keyed(string id, int year, string key) => new(id, ValueKind.Keyed, At) { Year = year, Key = key };

    private static ValueStatement Observation(string id, DateOnly date) => new(id, ValueKind.Observation, At) { Date = date };

    private static string[] Errors(ValuesDocumentBuilder builder) =>
        FluentActions.Invoking(builder.Build).Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();

    private static ValuesDocument Yaml(string values) => ValuesLoader.Parse("entity: \"2584\"\nyear: 2023\nreport: annual\nvalues:\n" + values, "values.yaml", Rules);

    private static string[] YamlErrors(string values) =>
        LoadAssertions.ValueErrors("entity: \"2584\"\nyear: 2023\nreport: annual\nvalues:\n" + values, Rules);
}
