using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads the rule set's own facts beside its id and title: the entity noun and the years the rule set is valid for.</summary>
internal sealed class RuleSetHeaderReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    /// <summary><c>entityNoun: förbundet</c> (Swedish only) or <c>entityNoun: {sv: förbundet, en: the federation}</c>.</summary>
    public EntityNoun? ReadEntityNoun(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return _r.Text(node, "entityNoun") is { } text ? new EntityNoun(text, null) : null;
        }

        if (_r.Mapping(node, "entityNoun") is not { } map)
        {
            return null;
        }

        var swedish = map.Required("sv") is { } sv ? _r.Text(sv, "entityNoun.sv") : null;
        var english = map.Optional("en") is { } en ? _r.Text(en, "entityNoun.en") : null;
        map.RejectUnknownKeys(["sv", "en"]);
        return swedish is null ? null : new EntityNoun(swedish, english);
    }

    /// <summary>The first and last year of <c>validity:</c>; (0, 0) when it is missing or broken.</summary>
    public (int From, int To) ReadValidity(YamlNode? node)
    {
        if (node is null || _r.Mapping(node, "validity") is not { } map)
        {
            return (0, 0);
        }

        var from = map.Required("from") is { } f ? _r.Integer(f, "validity.from") : null;
        var to = map.Required("to") is { } t ? _r.Integer(t, "validity.to") : null;
        map.RejectUnknownKeys("from", "to");
        if (from is { } a && to is { } b)
        {
            if (a > b)
            {
                _r.Error(node, $"validity runs from {a} to {b}: the first year is after the last");
            }

            return (a, b);
        }

        return (0, 0);
    }
}
