using Nrf.Goals.Results;

namespace Nrf.Goals.Testing;

/// <summary>The entry point of the assertions: <c>result.Should()</c>.</summary>
public static class EvaluationResultExtensions
{
    /// <summary>Starts assertions on an evaluation result, e.g. <c>result.Should().HaveGoal("mal-4").ThatIs(GoalStatus.Met)</c>.</summary>
    public static EvaluationResultAssertions Should(this EvaluationResult result) => new(result);
}
