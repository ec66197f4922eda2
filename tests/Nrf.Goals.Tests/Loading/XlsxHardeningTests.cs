using static Nrf.Goals.Tests.Loading.TableRules;

namespace Nrf.Goals.Tests.Loading;

/// <summary>
/// Workbooks Excel would never write, or numbers it shows differently from how it stores them: each is read as Excel
/// shows it or refused at its cell, never misread (issue 15).
/// </summary>
public sealed class XlsxHardeningTests
{
    private static readonly object?[] Columns = ["indicator", "year", "breakdown", "value"];

    [Fact]
    public void Load_FormulaResultStoredAsBinaryDouble_IsReadAsExcelShowsIt()
    {
        // =0.57*100 is stored as 56.999999999999993; Excel shows 57, and a CSV saved from the sheet says 57.
        var workbook = XlsxFixture.Create("Värden", Columns, ["resultat", 2023, null, 0.57 * 100], ["invanare", 2023, "luleå", 0.1 + 0.2]);

        var document = Load(workbook, "values.xlsx", Kommun);

        document.Find("resultat")!.Years[2023].Should().Be(57m);
        document.Find("invanare")!.Keyed[2023]["luleå"].Should().Be(0.3m);
    }

    [Fact]
    public void Load_PerCentCellForIndicatorWhoseUnitIsNotPerCent_IsRefusedAtTheCell()
    {
        var workbook = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow + XlsxRawFixture.Row(2, "resultat", "2023", "0.85", style: 1)));

        Errors(workbook, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:2:4: 'resultat' for 2023 (sheet Blad1, cell D2 (value)) is formatted as per cent (85.00 %), but the indicator's unit is 'tkr', not '%'; format the cell as a number showing the value meant (e.g. 0.85), or declare the unit \"%\"");
    }

    [Fact]
    public void Load_PerCentCellForPerCentIndicator_IsScaledAsShown()
    {
        var keyed = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>self_rated_health_good_pct</t></is></c><c r=\"B2\"><v>2023</v></c>" +
            "<c r=\"C2\" t=\"inlineStr\"><is><t>K</t></is></c><c r=\"D2\" s=\"1\"><v>0.155</v></c></row>"));

        Load(keyed, "values.xlsx", NrfRuleSet).Find("self_rated_health_good_pct")!.Keyed[2023]["K"].Should().Be(15.5m);
    }

    [Fact]
    public void Load_PerCentCellTooLargeToScale_IsRefusedAtTheCell()
    {
        var keyed = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>self_rated_health_good_pct</t></is></c><c r=\"B2\"><v>2023</v></c>" +
            "<c r=\"C2\" t=\"inlineStr\"><is><t>K</t></is></c><c r=\"D2\" s=\"1\"><v>1E+27</v></c></row>"));

        Errors(keyed, "values.xlsx", NrfRuleSet).Should().Equal(
            "values.xlsx:2:4: 'self_rated_health_good_pct' for 2023, K (sheet Blad1, cell D2 (value)) is formatted as per cent and 1000000000000000000000000000 × 100 is too large for a decimal number");
    }

    [Fact]
    public void Load_YearCellFarBeyondAnyYear_IsRefusedAtTheCell()
    {
        var workbook = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow + XlsxRawFixture.Row(2, "resultat", "1E+20", "5")));

        Errors(workbook, "values.xlsx", Kommun).Should().Contain(
            "values.xlsx:2:2: the year of 'resultat' (sheet Blad1, cell B2 (year)) should be a year like 2023, not '1E+20'");
    }

    [Fact]
    public void Load_NumberTooSmallForDecimal_IsRefusedNotReadAsZero()
    {
        var workbook = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow + XlsxRawFixture.Row(2, "resultat", "2023", "1E-30")));

        Errors(workbook, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:2:4: 'resultat' for 2023 (sheet Blad1, cell D2 (value)): '1E-30' is too large or too precise for a decimal number");
    }

    [Fact]
    public void Load_SharedStringCellWithMissingIndex_IsRefusedNotReadAsTheIndex()
    {
        var sheet = XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>resultat</t></is></c><c r=\"B2\"><v>2023</v></c><c r=\"D2\" t=\"s\"><v>7</v></c></row>");
        var workbook = XlsxRawFixture.Create(sheet, XlsxRawFixture.SharedStrings(["a", "b"]));

        Errors(workbook, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:2:4: sheet Blad1, cell D2: the cell refers to shared text number 7, which the workbook does not have (2 shared texts); the file is damaged, save it again from Excel");
    }

    [Fact]
    public void Load_CellAtLastColumnAndFarRow_IsRefusedBeforeReadingRows()
    {
        // 2 KB on disk; read naively, every one of 16 384 columns of 20 000 rows would be materialised.
        var sheet = XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow + "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row><row r=\"20000\"><c r=\"A20000\"><v>1</v></c></row>");

        Errors(XlsxRawFixture.Create(sheet), "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:1:16384: sheet Blad1: a cell at XFD1 is beyond column BL; a values table is read from at most 64 columns, so delete the cells to the right");
    }

    [Fact]
    public void Load_RowBeyondTheRowLimit_IsRefused()
    {
        var sheet = XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow + XlsxRawFixture.Row(200_001, "resultat", "2023", "5"));

        Errors(XlsxRawFixture.Create(sheet), "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:200001:1: sheet Blad1: row 200001 is beyond row 200000; a values table is read from at most 200000 rows");
    }

    [Fact]
    public void Load_DeclaredDimensionBeyondTheLimits_IsRefused()
    {
        var sheet = XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow, dimension: "A1:XFD1048576");

        Errors(XlsxRawFixture.Create(sheet), "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:1048576:16384: sheet Blad1: the sheet's declared size (A1:XFD1048576) is beyond column BL; a values table is read from at most 64 columns, so delete the cells to the right");
    }

    [Fact]
    public void Load_MoreSharedStringsThanTheLimit_IsRefused()
    {
        var workbook = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow), XlsxRawFixture.SharedStrings(Enumerable.Repeat("x", 200_001)));

        Errors(workbook, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:1:1: the workbook has more than 200000 shared strings (distinct texts); the limit is 200000");
    }

    [Fact]
    public void Load_PartInflatingBeyondItsLimit_IsRefused()
    {
        // 16 MiB of spaces compress to about 16 KB.
        var workbook = XlsxRawFixture.Create(XlsxRawFixture.Sheet(XlsxRawFixture.HeaderRow), stylesPadding: 16 * 1024 * 1024);

        Errors(workbook, "values.xlsx", Kommun).Should().Equal(
            "values.xlsx:1:1: the part xl/styles.xml of the workbook is larger than 16777216 bytes uncompressed; the limit guards against a compressed bomb");
    }
}
