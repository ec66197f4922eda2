using Nrf.Goals.Cli.Commands;
using Nrf.Goals.Kolada;
using Nrf.Goals.Model;

namespace Nrf.Goals.Cli.Kolada;

/// <summary>
/// One kommun's or region's values document from Kolada, for <c>values kolada</c> (which writes it) and
/// <c>evaluate --values kolada:1442</c> (which reads it at once): the rule set's <c>kolada:</c> indicators fetched for
/// the years asked, written as <see cref="KoladaValueSet.ToYaml"/> writes them. Its signatures hold no Kolada type, so
/// that <c>evaluate</c> loads the Kolada package only on this path.
/// </summary>
internal static class OneMunicipality
{
    /// <summary>
    /// The values document's YAML for <paramref name="municipality"/> (a code or a name); <paramref name="sourceName"/>
    /// names it in messages (<c>kolada:1442</c>). Warnings (indicators Kolada does not give) go to <paramref name="error"/>.
    /// </summary>
    /// <exception cref="UsageException">Kolada could not answer, or the kommun, a KPI or the entity does not fit.</exception>
    public static string Yaml(RuleSet ruleSet, string municipality, string? entity, KoladaSettings settings, TextWriter error, out string sourceName)
    {
        var indicators = Indicators(ruleSet, error);
        using var session = KoladaSession.Open(settings);
        var set = session.Run(client => KoladaValues.FetchAsync(client, indicators, municipality, settings.Years));
        sourceName = $"kolada:{set.Municipality.Id}";
        return set.ToYaml(Entity(ruleSet, set.Municipality, entity), settings.Year, settings.UseUncertain);
    }

    /// <summary>The rule set's indicators that name a Kolada KPI; a warning names those that do not, and none is an error.</summary>
    /// <exception cref="UsageException">No indicator names a KPI.</exception>
    public static IReadOnlyList<KoladaIndicator> Indicators(RuleSet ruleSet, TextWriter error)
    {
        var indicators = KoladaIndicator.Of(ruleSet);
        if (indicators.IsEmpty)
        {
            throw new UsageException($"no indicator of the rule set '{ruleSet.Id}' names a Kolada KPI; give those that come from Kolada one, e.g. kolada: N03102");
        }

        var others = ruleSet.Indicators.Where(i => i.KoladaKpi is null).Select(i => i.Id).ToList();
        if (others.Count > 0)
        {
            error.WriteLine($"nrf-goals: warning: {string.Join(", ", others)} {(others.Count == 1 ? "names" : "name")} no Kolada KPI (kolada:), so Kolada gives no values for {(others.Count == 1 ? "it" : "them")}; goals that read {(others.Count == 1 ? "it" : "them")} are not evaluable unless the values are added");
        }

        return indicators;
    }

    /// <summary>
    /// The document's entity: as given, else the rule set's — which must name the kommun (its code or name), so that one
    /// kommun's figures are not filed under another's rule set by a mistyped code — else the kommun's name as an id.
    /// </summary>
    /// <exception cref="UsageException">The rule set is for another entity than the kommun, and no entity was given.</exception>
    private static string Entity(RuleSet ruleSet, KoladaMunicipality place, string? given)
    {
        if (given is not null)
        {
            return given;
        }

        if (ruleSet.Entity is not { } entity)
        {
            return EntityNames.Slug(place.Title);
        }

        return EntityNames.Names(entity, place.Id, place.Title)
            ? entity
            : throw new UsageException(
                $"the rule set '{ruleSet.Id}' is for '{entity}', but Kolada's {place.Id} is {place.Title}; give --entity {entity} if {place.Title}'s values are meant for it");
    }
}
