using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Testing;

/// <summary>Assertions on an <see cref="EvaluationResult"/>; failure messages quote the explanations behind the statuses.</summary>
public sealed class EvaluationResultAssertions : ReferenceTypeAssertions<EvaluationResult, EvaluationResultAssertions>
{
    /// <summary>Creates assertions on <paramref name="subject"/>.</summary>
    public EvaluationResultAssertions(EvaluationResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "evaluation result";

    /// <summary>Asserts that the result has the goal <paramref name="goalId"/> and continues with assertions on it.</summary>
    public GoalResultAssertions HaveGoal(string goalId, string because = "", params object[] becauseArgs)
    {
        var goal = Subject?.Goal(goalId);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(goal is not null)
            .FailWith("Expected rule set {0} to have goal {1}{reason}, but it has only {2}.",
                Subject?.RuleSet, goalId, Subject is null ? string.Empty : string.Join(", ", Subject.Goals.Select(g => g.Id)));
        return new GoalResultAssertions(goal!, this);
    }

    /// <summary>Asserts the god-ekonomisk-hushållning verdict; the message lists the counts and the goals not met or not evaluable.</summary>
    public AndConstraint<EvaluationResultAssertions> HaveVerdict(VerdictStatus expected, string because = "", params object[] becauseArgs)
    {
        var verdict = Subject.Verdict;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(verdict.Status == expected)
            .FailWith("Expected the verdict to be " + VerdictStatusNames.Name(expected) + "{reason}, but it is " + VerdictStatusNames.Name(verdict.Status)
                + ": {0}; the goals not met or not evaluable: {1}.",
                $"operational {verdict.Operational.Met} of {verdict.Operational.Total} met ({verdict.Operational.Rule}), financial {verdict.Financial.Met} of {verdict.Financial.Total} met ({verdict.Financial.Rule})",
                string.Join("; ", Subject.Goals
                    .Where(g => g.Status is GoalStatus.NotMet or GoalStatus.PartlyMet or GoalStatus.NotEvaluable)
                    .Select(g => $"{g.Id} {GoalStatusNames.Name(g.Status)}: {g.Explanation}")));
        return new AndConstraint<EvaluationResultAssertions>(this);
    }
}
