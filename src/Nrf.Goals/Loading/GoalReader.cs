using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads <c>goals:</c>: each goal's id, title, category, criterion, explanation, report periods and group.</summary>
internal sealed class GoalReader(NodeReader r, CriterionReader criteria, ExplanationTemplateReader templates, GroupReader groupReader)
{
    private readonly NodeReader _r = r;

    public ImmutableArray<Goal> Read(YamlNode? node, ExpressionSite site, ImmutableArray<Indicator> indicators, ImmutableArray<GoalGroup> groups)
    {
        var result = ImmutableArray.CreateBuilder<Goal>();
        if (node is null || _r.Sequence(node, "goals") is not { } list)
        {
            return result.ToImmutable();
        }

        var groupsById = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (_r.Mapping(item, "a goal") is not { } map)
            {
                continue;
            }

            var id = RuleIds.UniqueId(_r, map, "goal", seen);

            var what = $"goal '{id ?? "?"}'";
            var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {what}") : null;
            var category = ReadCategory(map.Required("category"), what);
            var area = map.Optional("area") is { } a ? _r.Text(a, $"the area of {what}") : null;
            var achievedWhen = map.Optional("achievedWhen") is { } w ? _r.Text(w, $"achievedWhen of {what}") : null;
            var target = map.Optional("target") is { } tg ? _r.Text(tg, $"the target of {what}") : null;
            _ = map.Optional("note") is { } note ? _r.Text(note, $"the note of {what}") : null;
            var unit = map.Optional("unit") is { } u ? _r.Text(u, $"the unit of {what}") : null;
            var criterion = map.Required("criterion") is { } c ? criteria.Read(c, site, indicators, what, unit) : null;
            var explanation = map.Optional("explanation") is { } ex ? templates.Read(ex, site, what) : null;
            var periods = ReadPeriods(map.Optional("followedUpIn"), what);
            var path = map.Optional("group") is { } gr ? groupReader.GroupPath(gr, groupsById, what) : ImmutableArray<string>.Empty;
            map.RejectUnknownKeys(RuleSetLoader.GoalKeys);

            if (id is not null && title is not null && category is not null && criterion is not null)
            {
                seen[id] = _r.At(item);
                result.Add(new Goal
                {
                    Id = id,
                    Title = title,
                    Category = category.Value,
                    Area = area,
                    AchievedWhen = achievedWhen,
                    Target = target,
                    Criterion = criterion,
                    Explanation = explanation,
                    FollowedUpIn = periods,
                    Groups = path,
                    Location = _r.At(item),
                });
            }
        }

        return result.ToImmutable();
    }

    private GoalCategory? ReadCategory(YamlNode? node, string what)
    {
        switch (node is null ? null : _r.Text(node, $"the category of {what}"))
        {
            case null:
                return null;
            case "operational":
                return GoalCategory.Operational;
            case "financial":
                return GoalCategory.Financial;
            case var other:
                _r.Error(node!, $"the category of {what} is '{other}'; it must be operational or financial");
                return null;
        }
    }

    private ImmutableArray<ReportPeriod> ReadPeriods(YamlNode? node, string what)
    {
        var result = ImmutableArray.CreateBuilder<ReportPeriod>();
        if (node is null || _r.Sequence(node, $"followedUpIn of {what}") is not { } list)
        {
            return result.ToImmutable();
        }

        foreach (var item in list)
        {
            if (_r.Text(item, $"a period of {what}") is { } text)
            {
                if (ReportPeriodNames.TryParse(text, out var p))
                {
                    result.Add(p);
                }
                else
                {
                    _r.Error(item, $"'{text}' is not a report period; use {ReportPeriodNames.Expected}");
                }
            }
        }

        return result.ToImmutable();
    }
}
