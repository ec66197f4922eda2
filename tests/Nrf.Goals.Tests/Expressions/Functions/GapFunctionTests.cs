using Nrf.Goals.Results;
using Nrf.Goals.Tests.Rules;

namespace Nrf.Goals.Tests.Expressions.Functions;

/// <summary>gap(x) = abs(x[K] - x[M]) on NRF's mål 8 (the gap in self-rated health between girls and boys).</summary>
public sealed class GapFunctionTests(NrfFixture nrf) : IClassFixture<NrfFixture>
{
    [Fact]
    public void Evaluate_GapBeyondDecimalRange_IsNotEvaluableWithTheReasonInsteadOfCrashing()
    {
        // K − M = 2 × 7,9e28 does not fit a decimal: the part has no value, and says why.
        var result = nrf.Evaluate(("self_rated_health_good_pct", "{2021: {K: 73, M: 91}, 2023: {K: 79228162514264337593543950335, M: -79228162514264337593543950335}}"));

        var goal = result.Goal("mal-8")!;
        goal.Status.Should().Be(GoalStatus.NotEvaluable);
        goal.Reason.Should().Be("talet blir för stort att räkna med");
    }

    [Fact]
    public void Evaluate_GapNarrowerThanAtThePreviousMeasurement_IsMet()
    {
        // 2021: |73 − 91| = 18; 2023: |76 − 90| = 14 < 18.
        var result = nrf.Evaluate(("self_rated_health_good_pct", "{2021: {K: 73, M: 91}, 2023: {K: 76, M: 90}}"));

        result.Goal("mal-8")!.Status.Should().Be(GoalStatus.Met);
        result.Goal("mal-8")!.Parts[0].Detail.Should().Contain("= 14 < ").And.Contain("= 18");
    }
}
