using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads <c>policy:</c>, the verdict rule for operational and financial goals (all, report-only, at least N, a share, or a
/// recorded judgement, each with its partly rule where the plan has one), the verdict's partly rule and the plan's words
/// for its conclusions; refuses a count that the declared goals can never meet and a partly outcome that can never occur.
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
        var verdictNode = map.Optional("verdict");
        var wordsNode = map.Optional("words");
        map.RejectUnknownKeys("operational", "financial", "wording", "verdict", "words");
        if (operational is null || financial is null)
        {
            return null;
        }

        var policy = new VerdictPolicy(operational, financial, wording);
        if (verdictNode is not null)
        {
            if (ReadVerdict(verdictNode, operational, financial) is not { } partly)
            {
                return null;
            }

            policy = policy with { PartlyVerdict = partly };
        }

        return wordsNode is null ? policy : new ConclusionWordsReader(_r).Read(wordsNode, policy);
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
            var partlyNode = map.Optional("partly");
            if (map.Optional("partlyFrom") is { } wrong)
            {
                _r.Error(wrong, $"partlyFrom belongs to a count (atLeast or share); for a judgement of the {name} goals write partly: true, so that a judgement recorded as partly met makes them partly met");
            }

            map.RejectUnknownKeys("judgement", "partly", "partlyFrom");
            var partly = partlyNode is null ? false : _r.Bool(partlyNode, $"partly for the judgement of the {name} goals");
            return partly is null ? null : ReadJudgement(judgementNode, name, indicators, partly.Value);
        }

        var atLeast = map.Optional("atLeast");
        var share = map.Optional("share");
        var partlyFrom = map.Optional("partlyFrom");
        if (map.Optional("partly") is { } partlyOfCount)
        {
            _r.Error(partlyOfCount, $"partly: true belongs to a judgement; for a count of the {name} goals write partlyFrom: N (at least N met makes them partly met)");
        }

        map.RejectUnknownKeys("atLeast", "share", "judgement", "partlyFrom", "partly");
        if ((atLeast is null) == (share is null))
        {
            _r.Error(node, $"the policy for {name} goals must give exactly one of atLeast, share or judgement");
            return null;
        }

        var counted = goals.Count(g => g.Category == category && !g.IsMonitorOnly);
        return atLeast is not null ? ReadAtLeast(atLeast, partlyFrom, name, counted, goalsIncomplete) : ReadShare(share!, partlyFrom, name);
    }

    /// <summary><c>{judgement: x}</c>: the verdict of a category is a person's assessment, carried by an assessment indicator.</summary>
    private JudgementRequired? ReadJudgement(YamlNode node, string name, ImmutableArray<Indicator> indicators, bool partly)
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

        return new JudgementRequired(id, partly);
    }

    /// <summary>
    /// <c>{atLeast: N}</c>: refused when negative or more than the <paramref name="counted"/> goals, unless some goal failed
    /// to load; <c>partlyFrom: P</c> from 1 to N − 1.
    /// </summary>
    private AtLeastRequired? ReadAtLeast(YamlNode node, YamlNode? partlyNode, string name, int counted, bool goalsIncomplete)
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

        if (partlyNode is null)
        {
            return new AtLeastRequired(n);
        }

        if (_r.Integer(partlyNode, $"partlyFrom for {name} goals") is not { } p)
        {
            return null;
        }

        if (p < 1 || p >= n)
        {
            _r.Error(partlyNode, p < 1
                ? $"partlyFrom for {name} goals must be at least 1; from {p} met goals the {name} goals could never be not met"
                : $"partlyFrom for {name} goals is {p} but must be below atLeast ({n}): partly met needs fewer met goals than met");
            return null;
        }

        return new AtLeastRequired(n, p);
    }

    /// <summary><c>{share: 70 %}</c> or <c>{share: 0.7}</c>: above 0 and at most all; <c>partlyFrom: 50 %</c> above 0 and below the share.</summary>
    private ShareRequired? ReadShare(YamlNode node, YamlNode? partlyNode, string name)
    {
        if (Share(node, $"share for {name} goals") is not { } share)
        {
            return null;
        }

        if (share is <= 0 or > 1)
        {
            _r.Error(node, $"share for {name} goals must be above 0 and at most 100 %");
            return null;
        }

        if (partlyNode is null)
        {
            return new ShareRequired(share);
        }

        if (Share(partlyNode, $"partlyFrom for {name} goals") is not { } partly)
        {
            return null;
        }

        if (partly <= 0 || partly >= share)
        {
            _r.Error(partlyNode, $"partlyFrom for {name} goals must be above 0 and below the share ({ShareText(share)} %): partly met needs fewer met goals than met");
            return null;
        }

        return new ShareRequired(share, partly);
    }

    /// <summary>A share written <c>0.7</c> or <c>70 %</c>, as a fraction.</summary>
    private decimal? Share(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            _r.Error(node, $"{what} should be a share like 0.7 or 70 %, not {YamlSource.Describe(node)}");
            return null;
        }

        var isPercent = text.TrimEnd().EndsWith('%');
        if (!ValueText.TryNumber(text.TrimEnd().TrimEnd('%'), out var value, out _))
        {
            _r.Error(node, $"{what} should be a share like 0.7 or 70 %, not '{text}'");
            return null;
        }

        return isPercent ? value / 100m : value;
    }

    private static string ShareText(decimal share) => (share * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>verdict: {partly: every | some}</c>: how the categories make god ekonomisk hushållning partly met; refused where
    /// the categories can never give a partly met verdict.
    /// </summary>
    private PartlyVerdictRule? ReadVerdict(YamlNode node, CategoryRequirement operational, CategoryRequirement financial)
    {
        if (_r.Mapping(node, "the policy's verdict") is not { } map)
        {
            return null;
        }

        var partlyNode = map.Required("partly");
        map.RejectUnknownKeys("partly");
        if (partlyNode is null || _r.Text(partlyNode, "the verdict's partly rule") is not { } text)
        {
            return null;
        }

        var rule = text switch
        {
            "every" => PartlyVerdictRule.Every,
            "some" => PartlyVerdictRule.Some,
            _ => (PartlyVerdictRule?)null,
        };
        if (rule is null)
        {
            _r.Error(partlyNode, $"the verdict's partly rule is '{text}'; write every (partly met when every deciding category is at least partly met) or some (partly met when some deciding category is)");
            return null;
        }

        var deciding = new[] { operational, financial }.Where(c => c is not ReportOnly).ToList();
        var partlyCategory = deciding.Any(c => c.CanBePartlyMet);
        if (!partlyCategory && (rule == PartlyVerdictRule.Every || deciding.Count < 2))
        {
            _r.Error(partlyNode, deciding.Count == 0
                ? "the verdict can never be partly met: both categories are report-only"
                : rule == PartlyVerdictRule.Every
                    ? "the verdict can never be partly met with partly: every, since no category can be partly met; give a category a partly rule (partlyFrom: N, or partly: true for a judgement), or write partly: some"
                    : "the verdict can never be partly met with one deciding category that cannot be partly met; give it a partly rule (partlyFrom: N, or partly: true for a judgement)");
            return null;
        }

        return rule;
    }
}
