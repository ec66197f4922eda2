using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.RuleTests;

/// <summary>Reads a case's <c>expect:</c>: the status of goals, of the categories and of the verdict, and texts the explanations must contain.</summary>
internal sealed class RuleTestExpectationReader(NodeReader r, RuleSet ruleSet)
{
    private static readonly string[] ExpectKeys = ["goals", "categories", "verdict", "explanations"];

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
        var categoriesNode = map.Optional("categories");
        var verdictNode = map.Optional("verdict");
        var explanationsNode = map.Optional("explanations");
        map.RejectUnknownKeys(ExpectKeys);

        var goals = goalsNode is null ? [] : ReadGoals(goalsNode, what);
        var categories = categoriesNode is null ? [] : ReadCategories(categoriesNode, what);
        var verdict = verdictNode is null ? null : ReadVerdict(verdictNode, what);
        var explanations = explanationsNode is null ? [] : ReadExplanations(explanationsNode, what);
        if (goalsNode is null && categoriesNode is null && verdictNode is null && explanationsNode is null)
        {
            _r.Error(node, $"expect of {what} expects nothing; give goals, categories, verdict or explanations");
            return null;
        }

        return new RuleTestExpectation(goals, verdict, verdictNode is null ? null : _r.At(verdictNode), explanations) { Categories = categories };
    }

    /// <summary><c>categories: {operational: partly-met, financial: met}</c>: a status the policy can give each category.</summary>
    private ImmutableArray<ExpectedCategoryStatus> ReadCategories(YamlNode node, string what)
    {
        var categories = ImmutableArray.CreateBuilder<ExpectedCategoryStatus>();
        if (_r.Mapping(node, $"the expected categories of {what}") is not { } map)
        {
            return categories.ToImmutable();
        }

        foreach (var (keyNode, valueNode) in map.Entries)
        {
            if (_r.Text(keyNode, "a category") is not { } name || _r.Text(valueNode, $"the expected status of the {name} goals") is not { } text)
            {
                continue;
            }

            if (!GoalCategoryNames.TryParse(name, out var category))
            {
                _r.Error(keyNode, $"'{name}' is not a category; write operational or financial");
                continue;
            }

            var requirement = _ruleSet.Policy.For(category);
            if (!VerdictStatusNames.TryParse(text, out var status))
            {
                _r.Error(valueNode, $"the expected status of the {name} goals is '{text}'; it must be met, partly-met, not-met, undetermined or report-only");
            }
            else if (status == VerdictStatus.PartlyMet && !requirement.CanBePartlyMet)
            {
                _r.Error(valueNode, $"the {name} goals can never be partly met under the policy ({requirement.Describe()}); a partly met outcome needs partlyFrom (or partly: true for a judgement)");
            }
            else
            {
                categories.Add(new ExpectedCategoryStatus(category, status, _r.At(keyNode)));
            }
        }

        return categories.ToImmutable();
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
            if (status != VerdictStatus.PartlyMet || _ruleSet.Policy.PartlyVerdict != PartlyVerdictRule.None)
            {
                return status;
            }

            _r.Error(node, "the verdict can never be partly met: the policy defines no partly met verdict (verdict: {partly: every} or {partly: some})");
            return null;
        }

        _r.Error(node, $"the expected verdict is '{text}'; it must be met, partly-met, not-met or undetermined");
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
