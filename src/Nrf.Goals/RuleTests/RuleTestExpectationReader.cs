using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.RuleTests;

/// <summary>Reads a case's <c>expect:</c>: the status of goals, the verdict, and texts the explanations must contain.</summary>
internal sealed class RuleTestExpectationReader(NodeReader r, RuleSet ruleSet)
{
    private static readonly string[] ExpectKeys = ["goals", "verdict", "explanations"];

    private readonly NodeReader _r = r;
    private readonly RuleSet _ruleSet = ruleSet;

    /// <summary>The expectation <paramref name="node"/> of the case <paramref name="what"/>; null after reporting one that is unusable or expects nothing.</summary>
    public RuleTestExpectation? Read(YamlNode node, string what)
    {
        if (_r.Mapping(node, $"expect of {what}") is not { } map)
        {
            return null;
        }

        var goalsNode = map.Optional("goals");
        var verdictNode = map.Optional("verdict");
        var explanationsNode = map.Optional("explanations");
        map.RejectUnknownKeys(ExpectKeys);

        var goals = goalsNode is null ? [] : ReadGoals(goalsNode, what);
        var verdict = verdictNode is null ? null : ReadVerdict(verdictNode, what);
        var explanations = explanationsNode is null ? [] : ReadExplanations(explanationsNode, what);
        if (goalsNode is null && verdictNode is null && explanationsNode is null)
        {
            _r.Error(node, $"expect of {what} expects nothing; give goals, verdict or explanations");
            return null;
        }

        return new RuleTestExpectation(goals, verdict, verdictNode is null ? null : _r.At(verdictNode), explanations);
    }

    private ImmutableArray<ExpectedGoalStatus> ReadGoals(YamlNode node, string what)
    {
        var goals = ImmutableArray.CreateBuilder<ExpectedGoalStatus>();
        if (_r.Mapping(node, $"the expected goals of {what}") is not { } goalMap)
        {
            return goals.ToImmutable();
        }

        foreach (var (keyNode, valueNode) in goalMap.Entries)
        {
            if (Goal(keyNode) is not { } goal || _r.Text(valueNode, $"the expected status of {goal}") is not { } text)
            {
                continue;
            }

            if (GoalStatusNames.TryParse(text, out var status))
            {
                goals.Add(new ExpectedGoalStatus(goal, status, _r.At(keyNode)));
            }
            else
            {
                _r.Error(valueNode, $"the expected status of {goal} is '{text}'; it must be met, partly-met, not-met, not-evaluable or monitored");
            }
        }

        return goals.ToImmutable();
    }

    private VerdictStatus? ReadVerdict(YamlNode node, string what)
    {
        if (_r.Text(node, $"the expected verdict of {what}") is not { } text)
        {
            return null;
        }

        // A verdict as a whole is never report-only, so a test cannot expect it.
        if (VerdictStatusNames.TryParse(text, out var status) && status != VerdictStatus.ReportOnly)
        {
            return status;
        }

        _r.Error(node, $"the expected verdict is '{text}'; it must be met, not-met or undetermined");
        return null;
    }

    private ImmutableArray<ExpectedExplanation> ReadExplanations(YamlNode node, string what)
    {
        var explanations = ImmutableArray.CreateBuilder<ExpectedExplanation>();
        if (_r.Mapping(node, $"the expected explanations of {what}") is not { } explanationMap)
        {
            return explanations.ToImmutable();
        }

        foreach (var (keyNode, valueNode) in explanationMap.Entries)
        {
            if (Goal(keyNode) is not { } goal)
            {
                continue;
            }

            var fragments = valueNode is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[valueNode];
            foreach (var fragmentNode in fragments)
            {
                if (_r.Text(fragmentNode, $"a text the explanation of {goal} must contain") is { } fragment)
                {
                    explanations.Add(new ExpectedExplanation(goal, fragment, _r.At(fragmentNode)));
                }
            }
        }

        return explanations.ToImmutable();
    }

    private string? Goal(YamlNode keyNode)
    {
        if (_r.Text(keyNode, "a goal id") is not { } id)
        {
            return null;
        }

        if (_ruleSet.FindGoal(id) is not null)
        {
            return id;
        }

        _r.Error(keyNode, $"'{id}' is not a goal of the rule set '{_ruleSet.Id}'{Suggestions.DidYouMean(id, _ruleSet.Goals.Select(g => g.Id))}");
        return null;
    }
}
