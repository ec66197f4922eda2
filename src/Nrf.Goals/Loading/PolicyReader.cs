using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads <c>policy:</c>, the verdict rule for operational and financial goals (all, report-only, at least N, a share, or a
/// recorded judgement), and refuses a count that the declared goals can never meet.
/// </summary>
internal sealed class PolicyReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    /// <summary>Reads the policy; <paramref name="goalsIncomplete"/> (some goal failed to load) stops a false "can never be met".</summary>
    public VerdictPolicy? Read(YamlNode? node, ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators, bool goalsIncomplete)
    {
        if (node is null || _r.Mapping(node, "policy") is not { } map)
        {
            return null;
        }

        var wording = map.Optional("wording") is { } w ? _r.Text(w, "the policy's wording") : null;
        var operational = map.Required("operational") is { } o ? ReadRequirement(o, GoalCategory.Operational, goals, indicators, goalsIncomplete) : null;
        var financial = map.Required("financial") is { } f ? ReadRequirement(f, GoalCategory.Financial, goals, indicators, goalsIncomplete) : null;
        map.RejectUnknownKeys("operational", "financial", "wording");
        return operational is null || financial is null ? null : new VerdictPolicy(operational, financial, wording);
    }

    private CategoryRequirement? ReadRequirement(YamlNode node, GoalCategory category, ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators, bool goalsIncomplete)
    {
        var name = category == GoalCategory.Operational ? "operational" : "financial";
        if (node is YamlScalarNode scalar)
        {
            switch (scalar.Value)
            {
                case "all":
                    return new AllRequired();
                case "report-only":
                    return new ReportOnly();
                default:
                    _r.Error(node, $"the policy for {name} goals is '{scalar.Value}'; write all, report-only, {{atLeast: N}}, {{share: 70 %}} or {{judgement: <assessment indicator>}}");
                    return null;
            }
        }

        if (_r.Mapping(node, $"the policy for {name} goals") is not { } map)
        {
            return null;
        }

        if (map.Optional("judgement") is { } judgementNode)
        {
            map.RejectUnknownKeys("judgement");
            return ReadJudgement(judgementNode, name, indicators);
        }

        var atLeast = map.Optional("atLeast");
        var share = map.Optional("share");
        map.RejectUnknownKeys("atLeast", "share", "judgement");
        if ((atLeast is null) == (share is null))
        {
            _r.Error(node, $"the policy for {name} goals must give exactly one of atLeast, share or judgement");
            return null;
        }

        var counted = goals.Count(g => g.Category == category && !g.IsMonitorOnly);
        return atLeast is not null ? ReadAtLeast(atLeast, name, counted, goalsIncomplete) : ReadShare(share!, name);
    }

    /// <summary><c>{judgement: x}</c>: the verdict of a category is a person's assessment, carried by an assessment indicator.</summary>
    private JudgementRequired? ReadJudgement(YamlNode node, string name, ImmutableArray<Indicator> indicators)
    {
        if (_r.Text(node, $"the judgement for {name} goals") is not { } id)
        {
            return null;
        }

        var indicator = indicators.FirstOrDefault(i => i.Id == id);
        if (indicator is null || indicator.Type != IndicatorValueType.Assessment)
        {
            _r.Error(node, indicator is null
                ? $"'{id}' is not a declared indicator{Suggestions.DidYouMean(id, indicators.Select(i => i.Id))}"
                : $"'{id}' must be declared with 'type: assessment' to carry the overall judgement of the {name} goals");
            return null;
        }

        return new JudgementRequired(id);
    }

    /// <summary><c>{atLeast: N}</c>: refused when negative or more than the <paramref name="counted"/> goals, unless some goal failed to load.</summary>
    private AtLeastRequired? ReadAtLeast(YamlNode node, string name, int counted, bool goalsIncomplete)
    {
        if (_r.Integer(node, $"atLeast for {name} goals") is not { } n)
        {
            return null;
        }

        if (n < 0 || (n > counted && !goalsIncomplete))
        {
            _r.Error(node, n < 0
                ? $"atLeast for {name} goals cannot be negative"
                : $"the policy asks for at least {n} of {counted} {name} goals, which can never be met");
            return null;
        }

        return new AtLeastRequired(n);
    }

    /// <summary><c>{share: 70 %}</c> or <c>{share: 0.7}</c>: above 0 and at most all.</summary>
    private ShareRequired? ReadShare(YamlNode node, string name)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            _r.Error(node, $"share for {name} goals should be a share like 0.7 or 70 %, not {YamlSource.Describe(node)}");
            return null;
        }

        var isPercent = text.TrimEnd().EndsWith('%');
        if (!ValueText.TryNumber(text.TrimEnd().TrimEnd('%'), out var value, out _))
        {
            _r.Error(node, $"share for {name} goals should be a share like 0.7 or 70 %, not '{text}'");
            return null;
        }

        value = isPercent ? value / 100m : value;
        if (value is <= 0 or > 1)
        {
            _r.Error(node, $"share for {name} goals must be above 0 and at most 100 %");
            return null;
        }

        return new ShareRequired(value);
    }
}
