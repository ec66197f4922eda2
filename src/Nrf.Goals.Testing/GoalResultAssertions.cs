using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Testing;

/// <summary>Assertions on one goal of an evaluation result, reached by <see cref="EvaluationResultAssertions.HaveGoal"/>.</summary>
public sealed class GoalResultAssertions : ReferenceTypeAssertions<GoalResult, GoalResultAssertions>
{
    /// <summary>Creates assertions on <paramref name="subject"/>, a goal of the result <paramref name="result"/> asserts on.</summary>
    public GoalResultAssertions(GoalResult subject, EvaluationResultAssertions result)
        : base(subject)
    {
        Result = result;
    }

    /// <summary>The assertions on the whole result, to go on with another goal or the verdict.</summary>
    public EvaluationResultAssertions Result { get; }

    /// <inheritdoc />
    protected override string Identifier => "goal";

    /// <summary>Asserts the goal's status; the message quotes the goal's explanation (the numbers behind the status).</summary>
    public AndConstraint<GoalResultAssertions> ThatIs(GoalStatus expected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Status == expected)
            .FailWith("Expected goal {0} to be " + GoalStatusNames.Name(expected) + "{reason}, but it is " + GoalStatusNames.Name(Subject.Status) + ": {1}.",
                Subject.Id, Subject.Explanation);
        return new AndConstraint<GoalResultAssertions>(this);
    }

    /// <summary>Asserts that the goal's explanation contains <paramref name="fragment"/> (ordinal comparison).</summary>
    public AndConstraint<GoalResultAssertions> WithExplanationContaining(string fragment, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Explanation.Contains(fragment, StringComparison.Ordinal))
            .FailWith("Expected the explanation of goal {0} to contain {1}{reason}, but it reads {2}.", Subject.Id, fragment, Subject.Explanation);
        return new AndConstraint<GoalResultAssertions>(this);
    }
}
