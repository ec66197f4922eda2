using System.Text.RegularExpressions;
using Nrf.Goals.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>The ids of a rule file: plain ids for the rule set, groups and goals, and indicator ids, which expressions name.</summary>
internal static partial class RuleIds
{
    /// <summary>An indicator id: lower-case letters, digits and '_', starting with a letter (it is used in expressions).</summary>
    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    public static partial Regex IndicatorId();

    /// <summary>A Kolada KPI id as Kolada writes every one: a capital letter and five digits (N03102, U21401).</summary>
    [GeneratedRegex("^[A-Z][0-9]{5}$", RegexOptions.CultureInvariant)]
    public static partial Regex KoladaKpiId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();

    /// <summary>An id that names a rule set, group or goal; null after reporting one that is missing or malformed.</summary>
    public static string? Id(NodeReader r, YamlNode? node, string what)
    {
        if (node is null || r.Text(node, what) is not { } id)
        {
            return null;
        }

        if (!PlainId().IsMatch(id))
        {
            r.Error(node, $"{what} '{id}' may use only letters, digits, '-', '_' and '.'");
            return null;
        }

        return id;
    }

    /// <summary>The item's id, or null when it is missing, malformed or already used by an earlier item in <paramref name="seen"/>.</summary>
    public static string? UniqueId(NodeReader r, MappingReader map, string kind, Dictionary<string, SourceLocation> seen)
    {
        var idNode = map.Required("id");
        var id = Id(r, idNode, $"a {kind}'s id");
        if (id is not null && seen.TryGetValue(id, out var first))
        {
            r.Error(idNode!, $"the {kind} id '{id}' is used twice (first at line {first.Line})");
            return null;
        }

        return id;
    }
}
