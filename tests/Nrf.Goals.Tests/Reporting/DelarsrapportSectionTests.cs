using DocumentFormat.OpenXml.Packaging;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;
using Nrf.Goals.Words;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// Region Norrbotten's DÅ 08 section as a regionekonom reads it (issue 19), item by item, with the exact text: the
/// readings of styrmått without a template, the rule file's templates, what each number is, the styrmått reported in
/// the årsredovisning, the verdict paragraph, numbers, the DOCX, and the words.
/// </summary>
public sealed class DelarsrapportSectionTests
{
    private static readonly RuleSet Norrbotten = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
    private static readonly RuleSet Nrf = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));

    private static readonly Lazy<EvaluationResult> Dap08 = new(() => Evaluate(Norrbotten, File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"))));

    // ---------------------------------------------------------------- item 1: prose from what the rule file declares

    [Theory]
    [InlineData("Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrategi (%) inkl privata hc",
        "Prognos helår: kvinnor 41 % (mål minst 40 %); män 39 % (mål minst 40 %)")]
    [InlineData("Antal vårdbesök på distans (distansbehandlingar och distanskonsultationer via video) i regionen",
        "Utfall T2 (maj–aug): 3 950 mot 1 480 under T2 2019, mål: öka")]
    [InlineData("Antal patienter som fått fråga om våld i nära relation",
        "Prognos helår: kvinnor 6 010 och män 3 300, sammanlagt 9 310 mot 9 404 (ingångsvärde 2018), mål: öka")]
    [InlineData("Antal målsatta processer/verksamheter i flera perspektiv som följs upp", "Prognos helår: 17 mot 12 år 2019, mål: öka")]
    [InlineData("Kostnadsandel öppenvård av totalkostnad enligt KPP (inner- och ytterfall)",
        "Prognos helår: Somatisk vård: 45,6 % mot 44,8 % (ingångsvärde 2018), mål: öka; Psykiatrisk vård: 50,2 % mot 50,9 % (ingångsvärde 2018), mål: öka")]
    [InlineData("Extratid", "Prognos helår: 371 000 h mot 382 786 h (ingångsvärde 2018), mål: minska")]
    [InlineData("Utvecklingsprocessen innehåller metoder och verktyg som säkrar både förnyelse, innovation och förbättring.", "Bedömt av Utvecklingsavdelningen")]
    public void Section_StyrmattWithoutTemplate_ReadFromItsCriterionAndNumbers(string styrmatt, string outcome)
    {
        // Before: "palliative_strategy_pct[K] = 41 ≥ 40; palliative_strategy_pct[M] = 39 < 40" and the like.
        Row(Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish), styrmatt)[2].Should().Be(outcome);
    }

    [Fact]
    public void Section_InEnglish_ReadsInEnglish()
    {
        var document = Section(Norrbotten, Dap08.Value, ReportLanguage.English);

        Row(document, "Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrategi (%) inkl privata hc")[2]
            .Should().Be("Forecast, full year: women 41 % (target at least 40 %); men 39 % (target at least 40 %)");
        Row(document, "Antal vårdbesök på distans (distansbehandlingar och distanskonsultationer via video) i regionen")[2]
            .Should().Be("Actual T2 (May–Aug): 3 950 against 1 480 in T2 2019, target: increase");
    }

    [Fact]
    public void Section_NrfWithoutTemplates_ReadsEveryGoalFromItsCriterionAndATemplateWinsWhereGiven()
    {
        var stripped = Nrf with { Goals = [.. Nrf.Goals.Select(g => g with { Explanation = null })] };
        var values = File.ReadAllText(RepositoryPaths.Examples("nrf-2023-interim-da08.yaml"));

        var bare = Section(stripped, Evaluate(stripped, values), ReportLanguage.Swedish);
        var templated = Section(Nrf, Evaluate(Nrf, values), ReportLanguage.Swedish);

        Row(bare, "Skapa förutsättningar för sjukvårdsregional samverkan")[2].Should().Be(
            "Möten där BG var beslutsför 17 av planerade möten i beredningsgruppen (BG) 20, andel 85,0 % (mål minst 90,0 %)");
        Row(bare, "Jämlik självskattad hälsa")[2].Should().Be(
            "Skillnaden mellan kvinnor 76 % och män 90 %: 14 procentenheter mot skillnaden mellan kvinnor 73 % och män 91 % vid föregående mätning (2021): 18 procentenheter, mål: minska");
        Row(bare, "Implementering av vårdförlopp")[2].Should().Be("SKR: ja; Förbundsdirektionen: ja");
        Row(bare, "Likviditet")[2].Should().Be("Utfall jan–aug: lägst 980 000 kr den 30 juni 2023 (mål minst 500 000 kr)");
        Row(templated, "Skapa förutsättningar för sjukvårdsregional samverkan")[2].Should().Be("BG beslutsför vid 17 av 20 möten (85,0 %), mål minst 90 %");
    }

    // ---------------------------------------------------------------- item 2: the rule file read row by row

    [Theory]
    [InlineData("Alla divisioner och regiongemensamt bedriver verksamhet inom budget",
        "Prognos helår: budgetavvikelse Länssjukvård −45,2 mnkr, Närsjukvård −61,0 mnkr, Folktandvård 1,2 mnkr, Service 3,4 mnkr, Länsteknik 0,0 mnkr, regiongemensamt 120,5 mnkr")]
    [InlineData("Skillnad i regionens läkemedelskostnad per invånare gentemot Sveriges läkemedelskostnad per invånare",
        "Prognos helår: regionen 3 410 kr och riket 3 020 kr per invånare, skillnad 390 kr")]
    [InlineData("Andel av patienter med planerat besök inom internmedicin för ischemisk hjärtsjukdom, TIA, eller stroke som har journalförd riskbedömning avseende levnadsvana",
        "Prognos helår: hjärtsjukdom: kvinnor 74 %, män 78 %, skillnad 4 procentenheter (2017: 69 %, 77 %, skillnad 8); stroke: kvinnor 77 %, män 90 %, skillnad 13 procentenheter (2017: 76 %, 88 %, skillnad 12)")]
    [InlineData("Total sjukfrånvaro", "Utfall jan–aug: totalt 5,4 %, korttidsfrånvarons andel 52 %, långtidsfrånvarons andel 48 %")]
    [InlineData("Produktivitet utifrån KPP",
        "Utfall jan–aug: kostnad per DRG-poäng 54 900 kr senaste kvartalet mot 51 800 kr samma kvartal året innan (lägre kostnad är högre produktivitet)")]
    public void Section_RowWithTheRuleFilesTemplate_ReadsAsThePlanWordsIt(string styrmatt, string outcome)
    {
        Row(Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish), styrmatt)[2].Should().Be(outcome);
    }

    [Fact]
    public void Section_SumOfPerCentsWithoutTemplate_IsTheFigureItIsNotAPerCent()
    {
        var stripped = Norrbotten with { Goals = [.. Norrbotten.Goals.Select(g => g with { Explanation = null })] };
        var document = Section(stripped, Evaluate(stripped, File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"))), ReportLanguage.Swedish);

        var outcome = Row(document, "Andel av patienter med planerat besök inom internmedicin för ischemisk hjärtsjukdom, TIA, eller stroke som har journalförd riskbedömning avseende levnadsvana")[2];

        outcome.Should().StartWith("Prognos helår: Hjärtsjukdom ökande: kvinnor 74 % och män 78 %, sammanlagt 152 mot 146 (ingångsvärde 2017), mål: öka; ")
            .And.NotContain("152 %");
    }

    [Fact]
    public void RuleFile_Targets_HoldNoNotesForAnalysts()
    {
        var targets = Norrbotten.Goals.Where(g => !g.IsActivity).Select(g => g.Target ?? string.Empty).ToList();

        targets.Should().NotContain(t => t.Contains("lägre är bättre", StringComparison.OrdinalIgnoreCase)
            || t.Contains("alla eller inget", StringComparison.OrdinalIgnoreCase)
            || t.Contains("ingångsvärde", StringComparison.OrdinalIgnoreCase)
            || t.Contains("vart fjärde år", StringComparison.OrdinalIgnoreCase)
            || t.Contains("m2", StringComparison.Ordinal)
            || t.Contains("201808", StringComparison.Ordinal));
        Norrbotten.FindGoal("mba-bemanningsforetag")!.Target.Should().Be("Mål 2020: Minska; Mål 2022: Minska (mot samma period 2018: DÅ 04 8,6 %, DÅ 08 9,3 %, ÅR 8,6 %)");
    }

    // ---------------------------------------------------------------- item 3: the period in the words

    [Theory]
    [InlineData(null, ReportKind.Interim, ReportPeriod.Interim08, "Prognos helår")]
    [InlineData(ValuePeriod.Year, ReportKind.Interim, ReportPeriod.Interim08, "Prognos helår")]
    [InlineData(ValuePeriod.YearToDate, ReportKind.Interim, ReportPeriod.Interim08, "Utfall jan–aug")]
    [InlineData(ValuePeriod.Tertial, ReportKind.Interim, ReportPeriod.Interim08, "Utfall T2 (maj–aug)")]
    [InlineData(ValuePeriod.AsOf, ReportKind.Interim, ReportPeriod.Interim08, "Läge 31 augusti")]
    [InlineData(ValuePeriod.Tertial, ReportKind.Interim, ReportPeriod.Interim04, "Utfall jan–apr")]
    [InlineData(ValuePeriod.AsOf, ReportKind.Interim, ReportPeriod.Interim04, "Läge 30 april")]
    [InlineData(ValuePeriod.YearToDate, ReportKind.Annual, ReportPeriod.Annual, "Utfall")]
    [InlineData(ValuePeriod.Tertial, ReportKind.Annual, ReportPeriod.Annual, "Utfall T3 (sep–dec)")]
    [InlineData(ValuePeriod.AsOf, ReportKind.Annual, ReportPeriod.Annual, "Läge 31 december")]
    [InlineData(null, ReportKind.Annual, ReportPeriod.Annual, "Utfall")]
    public void ValuePeriodText_WhatANumberIsInAReport(ValuePeriod? period, ReportKind report, ReportPeriod reportPeriod, string heading)
    {
        ValuePeriodText.Heading(period, report, reportPeriod, ReportLanguage.Swedish).Should().Be(heading);
    }

    [Fact]
    public void Section_TableMixingKinds_SaysSoInTheColumnAndEachCell()
    {
        var document = Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish);

        // Before: "Prognos" over the waiting lists' state on 31 August and T2's outcome alike.
        var medborgare = Table(document, "Medborgarperspektivet");
        medborgare.Headers.Should().Equal("Styrmått", "Status", "Prognos/utfall", "Målvärde", "Kommentar");
        Row(document, "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök hos läkare i specialiserad vård")[2]
            .Should().Be("Läge 31 augusti: 58 % (mål 100 %)");
        Row(document, "Andel av vårdtillfällen där patienter varit utskrivningsklara >1 dygn (vtf i primärvård, psykiatri, somatik) (%)")[2]
            .Should().Be("Utfall jan–aug: 7,4 % (mål högst 7,0 %)");
        Row(document, "Andel patienter som får kontakt med hälsocentralen via telefon samma dag")[2].Should().Be("Utfall T2 (maj–aug): 91,2 % (mål 100,0 %)");
        Row(document, "Andelen barn och unga som blir färdigbehandlade på ett besök av folktandvården")[2].Should().Be("Prognos helår: 82 % (mål 100 %)");
    }

    // ---------------------------------------------------------------- item 4: not followed up in this report

    [Fact]
    public void Section_StyrmattOfTheArsredovisning_ListedAsReportedThereNotAsNotAssessable()
    {
        var document = Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish);

        // Before: "? Ej bedömt | – | … | Kan inte bedömas: följs inte upp i DÅ 08" in a row of its own.
        var blocks = document.Blocks.ToList();
        blocks[blocks.IndexOf(new ReportHeading("Samhällsperspektivet")) + 1].Should().Be(new ReportParagraph(
            "Redovisas i årsredovisningen: Genomsnittligt utsläpp av personbilsparken; Tjänsteresor med flyg (antal personmil); Verksamhetsyta; "
            + "Medborgardialoger; Antal kommuner där Region Norrbotten ingår i samverkan lokalt för förbättrade levnadsvanor; "
            + "Följa ärenden till regionstyrelsens internationella beredning; Aktiviteter genomförs så att påverkansfrågorna drivs framåt."));
        document.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).Select(r => r[^1].Text).Should().NotContain(c => c.Contains("följs inte upp", StringComparison.Ordinal));
        Row(document, "Andel av patienter som står på väntelista, som väntat 30 dagar eller kortare på fördjupad behandling/utredning inom barn- och ungdomspsykiatrin")
            .Should().Equal("Andel av patienter som står på väntelista, som väntat 30 dagar eller kortare på fördjupad behandling/utredning inom barn- och ungdomspsykiatrin",
                "? Ej bedömt", "–", "Mål 2020: 100 %; Mål 2022: 100 %", "Värde saknas.");
    }

    // ---------------------------------------------------------------- item 5: the verdict paragraph and the activities

    [Fact]
    public void Trajectory_DaToAr_ActivitiesApartWithTheirStateAndTheJudgedCategoryByItsAssessment()
    {
        var text = File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"));
        var annual = Evaluate(Norrbotten, text.Replace("report: interim", "report: annual").Replace("asOf: 2020-08-31", "asOf: 2020-12-31").Replace("period: DÅ08", "period: ÅR")
            .Replace("{status: in-progress, comment: Åtta", "{status: done, comment: Åtta")
            .Replace("  stockholm_office_activity:", "  patient_fee_activity: {status: in-progress, comment: Ny taxa utreds}\n  stockholm_office_activity:"));

        var document = TrajectoryReport.Build(Norrbotten, [Dap08.Value, annual], ReportLanguage.Swedish);

        // Before: the activities among the styrmått as "○ följs upp", the operational category as "✔ 0 av 52, uppfyllt".
        var blocks = document.Blocks.ToList();
        var activities = (ReportTable)blocks[blocks.IndexOf(new ReportHeading("Aktiviteter")) + 1];
        activities.Rows.Select(r => string.Join(" | ", r.Select(c => c.Text))).Should().Equal(
            "Aktivitet: Följa genomförandet av digitaliseringsstrategins handlingsplan | Pågår | Genomförd",
            "Aktivitet: Följa förnyelsearbetet som leder till nya vårdtjänster inom hälsa och vård | Pågår | Pågår",
            "Aktivitet: Följa konkreta aktiviteter på stockholmskontoret | Genomförd | Genomförd",
            "Aktivitet: Förändring av patient- och egenavgifter | – | Pågår");
        var goals = document.Blocks.OfType<ReportTable>().First();
        goals.Rows.Select(r => r[0].Text).Should().NotContain(t => t.StartsWith("Aktivitet:", StringComparison.Ordinal));
        goals.Rows.Single(r => r[0].Text == "Styrmått").Skip(1).Select(c => c.Text)
            .Should().Equal("✘ ej uppfyllt (samlad bedömning: delvis uppfyllt)", "✘ ej uppfyllt (samlad bedömning: delvis uppfyllt)");
        goals.Rows.Single(r => r[0].Text == "Andel av vårdtillfällen där patienter varit utskrivningsklara >1 dygn (vtf i primärvård, psykiatri, somatik) (%)")
            .Skip(1).Select(c => c.Text).Should().Equal("✘ 7,4", "✘ 7,4");
        // Not followed up in DÅ 08: a dash, not "ej bedömt"; the unit is named once in the title, never twice ("(%) (%)").
        goals.Rows.Single(r => r[0].Text == "Verksamhetsyta (m²)").Skip(1).Select(c => c.Text).Should().Equal("–", "? ej bedömt");
    }

    [Fact]
    public void VerdictParagraph_CommentEndingWithAFullStop_EndsItsSentenceOnce()
    {
        var text = File.ReadAllText(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"))
            .Replace("två divisioner prognostiserar underskott, assessedBy", "två divisioner prognostiserar underskott., assessedBy");

        var paragraph = VerdictParagraph.Write(Norrbotten, Evaluate(Norrbotten, text), ReportLanguage.Swedish);

        paragraph.Should().Contain("två divisioner prognostiserar underskott. Planen har ingen nivå för delvis uppfyllt, så en delvis uppfylld bedömning räknas som ej uppfylld. Kravet på god måluppfyllelse bedöms därmed inte nås.").And.NotContain("..");
    }

    // ---------------------------------------------------------------- item 6: numbers

    [Fact]
    public void Markdown_NegativeNumbers_TakeTheMinusSignAndEachNumberItsIndicatorsDecimals()
    {
        var markdown = MarkdownReport.Write(Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish));

        // Before: "-45,2" beside "-61" and "16 ≤ 16,0".
        markdown.Should().Contain("Länssjukvård \u221245,2\u00A0mnkr, Närsjukvård \u221261,0\u00A0mnkr").And.NotContain("-45,2").And.NotContain("-61");
        markdown.Should().Contain("kvinnor 16,0\u00A0% \\(mål högst 16,0\u00A0%\\); män 17,2\u00A0% \\(mål högst 17,2\u00A0%\\)");
    }

    [Fact]
    public void Chart_PartsOfABreakdown_LabelledByTheirBreakdown()
    {
        var document = Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish);

        const string Palliative = "Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrategi (%) inkl privata hc";
        var bars = document.Blocks.OfType<ReportChart>().SelectMany(c => c.Bars).Where(b => b.Label.StartsWith(Palliative[..60], StringComparison.Ordinal)).ToList();

        // Before: two bars both named by the goal's title alone. A chart shortens a title of over 80 characters, never
        // the part's name after it; the table above the chart has the whole title.
        const string Shortened = "Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrate…";
        bars.Select(b => (b.Label, b.ActualText, b.TargetText)).Should().Equal(
            (Shortened + " – kvinnor", "41\u00A0%", "minst 40\u00A0%"),
            (Shortened + " – män", "39\u00A0%", "minst 40\u00A0%"));
    }

    // ---------------------------------------------------------------- item 7: the DOCX a finance officer pastes

    [Fact]
    public void Docx_Norrbotten_OneSectionStyrmattHeadingsAChartPerPerspektivAndNoEmptyColumn()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(Section(Norrbotten, Dap08.Value, ReportLanguage.Swedish))), false);
        var body = word.MainDocumentPart!.Document.Body!;

        body.Descendants<W.SectionProperties>().Should().ContainSingle().Which.GetFirstChild<W.PageSize>()!.Orient.Should().BeNull("every table fits an upright page");
        var headers = body.Elements<W.Table>().Select(t => string.Join(" | ", t.Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText))).ToList();
        headers.Should().Equal(
            "Styrmått | Status | Prognos/utfall | Målvärde | Kommentar",
            "Styrmått | Status | Prognos/utfall | Målvärde",
            "Styrmått | Status | Prognos/utfall | Målvärde | Kommentar",
            "Styrmått | Status | Prognos/utfall | Målvärde",
            "Aktivitet | Läge | Kommentar",
            "Del av planen | Nivå | Uppfyllda | Delvis | Ej uppfyllda | Ej bedömda");
        // Before: one chart of 48 bars. Now one per perspektiv, of the styrmått with a numeric target.
        body.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading3").Select(p => p.InnerText).Should().Equal(
            "Prognos/utfall mot målvärde – medborgarperspektivet",
            "Prognos/utfall mot målvärde – verksamhetsperspektivet",
            "Prognos/utfall mot målvärde – medarbetarperspektivet",
            "Prognos mot målvärde – ekonomiperspektivet");
        word.MainDocumentPart.ChartParts.Select(c => c.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().First()
            .Descendants<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>().Single().Descendants<DocumentFormat.OpenXml.Drawing.Charts.StringPoint>().Count())
            .Should().Equal(13, 15, 5, 4);
    }

    // ---------------------------------------------------------------- item 8: words

    [Fact]
    public void Trajectory_OneReport_SaysEnRapport()
    {
        var document = TrajectoryReport.Build(Nrf, [Evaluate(Nrf, File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml")))], ReportLanguage.Swedish);

        ((ReportParagraph)document.Blocks[0]).Text.Should().StartWith("Tabellen visar status och utfall för varje mål i en rapport (2023 ÅR). ");
    }

    private static EvaluationResult Evaluate(RuleSet ruleSet, string values) =>
        new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Parse(values, "values.yaml", ruleSet));

    private static ReportDocument Section(RuleSet ruleSet, EvaluationResult result, ReportLanguage language) => EvaluationReport.Build(ruleSet, result, language);

    private static ReportTable Table(ReportDocument document, string heading)
    {
        var blocks = document.Blocks.ToList();
        return (ReportTable)blocks[blocks.IndexOf(new ReportHeading(heading)) + 1];
    }

    /// <summary>The cells of the goal table row of <paramref name="title"/>, with plain spaces for no-break spaces.</summary>
    private static string[] Row(ReportDocument document, string title) =>
        document.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).Single(r => r[0].Text.Replace('\u00A0', ' ') == title)
            .Select(c => c.Text.Replace('\u00A0', ' ')).ToArray();
}
