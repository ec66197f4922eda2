using Nrf.Goals.Expressions;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>Percentage points (procentenheter) are a fact the evaluation records on the comparison, not a re-reading of the criterion's text.</summary>
public sealed class ComparedNumberTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _f;

    public ComparedNumberTests(ReportFixture fixture) => _f = fixture;

    [Fact]
    public void Evaluate_GapAndShareComparisons_RecordWhetherTheyCompareADifference()
    {
        _f.Interim.Goal("mal-8")!.Parts.Single().Comparison!.IsDifference.Should().BeTrue();
        _f.Interim.Goal("mal-4")!.Parts.Single().Comparison!.IsDifference.Should().BeFalse();
    }

    [Fact]
    public void Unit_DifferenceOfPerCentValues_IsProcentenheterWhateverTheCriterionText()
    {
        // A part read back from JSON of another tool's version may carry criterion text this parser does not read.
        var part = new PartResult(null, "skillnad(K, M) < 18", GoalStatus.Met, "14")
        {
            Comparison = new PartComparison(14m, BinaryOperator.Less, 18m, "%", false) { IsDifference = true },
        };

        ComparedNumber.Unit(part, ReportLanguage.Swedish).Should().Be("procentenheter");
        ComparedNumber.Text(part, 14m, ReportLanguage.English).Should().Be("14 percentage points");
    }

    [Fact]
    public void JsonReport_ComparisonOfADifference_RoundTripsTheFact()
    {
        var back = JsonReportReader.Read(JsonReport.Write(_f.Interim));

        back.Goal("mal-8")!.Parts.Single().Comparison!.IsDifference.Should().BeTrue();
        back.Goal("mal-4")!.Parts.Single().Comparison!.IsDifference.Should().BeFalse();
    }
}
