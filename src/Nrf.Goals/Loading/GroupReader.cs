using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads <c>groups:</c>, the nested roll-up groups (perspective, strategic goal, success factor), and the group a goal names.</summary>
internal sealed class GroupReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    public ImmutableArray<GoalGroup> Read(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<GoalGroup>();
        if (node is not null)
        {
            ReadGroupList(node, null, result, new Dictionary<string, SourceLocation>(StringComparer.Ordinal));
        }

        return result.ToImmutable();
    }

    private void ReadGroupList(YamlNode node, GoalGroup? parent, ImmutableArray<GoalGroup>.Builder result, Dictionary<string, SourceLocation> seen)
    {
        var what = parent is null ? "groups" : $"the groups of group '{parent.Id}'";
        if (_r.Sequence(node, what) is not { } list)
        {
            return;
        }

        foreach (var item in list)
        {
            if (_r.Mapping(item, "a group") is not { } map)
            {
                continue;
            }

            var id = RuleIds.UniqueId(_r, map, "group", seen);

            var name = $"group '{id ?? "?"}'";
            var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {name}") : null;
            var level = map.Optional("level") is { } l ? _r.Text(l, $"the level of {name}") : null;
            _ = map.Optional("note") is { } n ? _r.Text(n, $"the note of {name}") : null;
            int? risk = null;
            if (map.Optional("risk") is { } riskNode && _r.Integer(riskNode, $"the risk score of {name}") is { } r)
            {
                if (r is < 1 or > GoalGroup.MaxRisk)
                {
                    _r.Error(riskNode, $"the risk score of {name} is {r}; a risk score runs from 1 to {GoalGroup.MaxRisk}");
                }
                else
                {
                    risk = r;
                }
            }

            var children = map.Optional("groups");
            map.RejectUnknownKeys(RuleSetLoader.GroupKeys);
            GoalGroup? group = null;
            if (id is not null && title is not null)
            {
                seen[id] = _r.At(item);
                group = new GoalGroup(id, title, level, parent?.Id, risk, _r.At(item));
                result.Add(group);
            }

            if (children is not null && group is not null)
            {
                ReadGroupList(children, group, result, seen);
            }
        }
    }

    /// <summary>The path from the top group down to the group a goal names; empty after reporting an unknown group.</summary>
    public ImmutableArray<string> GroupPath(YamlNode node, IReadOnlyDictionary<string, GoalGroup> byId, string what)
    {
        if (_r.Text(node, $"the group of {what}") is not { } id)
        {
            return ImmutableArray<string>.Empty;
        }

        if (!byId.TryGetValue(id, out var group))
        {
            _r.Error(node, byId.Count == 0
                ? $"{what} names group '{id}', but the rule set declares no groups; declare them under 'groups:'"
                : $"{what} names group '{id}', which is not declared under 'groups:'{Suggestions.DidYouMean(id, byId.Keys)}");
            return ImmutableArray<string>.Empty;
        }

        var path = new List<string>();
        for (GoalGroup? g = group; g is not null; g = g.Parent is { } p ? byId[p] : null)
        {
            path.Add(g.Id);
        }

        path.Reverse();
        return path.ToImmutableArray();
    }
}
