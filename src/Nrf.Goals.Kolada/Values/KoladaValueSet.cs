using System.Collections.Immutable;

namespace Nrf.Goals.Kolada;

/// <summary>
/// The values of a list of indicators for one kommun or region and a span of years, fetched from Kolada, each with its
/// provenance (KPI, year, fetch date, Kolada's status flag). <see cref="WriteYaml"/> writes them as a values document.
/// </summary>
/// <param name="Municipality">The kommun or region.</param>
/// <param name="Years">The years asked for, ascending.</param>
/// <param name="Indicators">The indicators asked for, in the order given.</param>
/// <param name="Kpis">The metadata of the KPIs used.</param>
/// <param name="Values">A value per indicator, year and key (K, M, T by sex; T otherwise), missing ones included.</param>
/// <param name="Source">The API's address the values came from.</param>
public sealed record KoladaValueSet(
    KoladaMunicipality Municipality, ImmutableArray<int> Years, ImmutableArray<KoladaIndicator> Indicators,
    ImmutableArray<KoladaKpi> Kpis, ImmutableArray<KoladaValue> Values, Uri Source)
{
    /// <summary>
    /// The values as a YAML values document (entity, year, <c>report: annual</c> — Kolada's figures are the year's
    /// outcomes), with the provenance of each value in a comment beside it. A value Kolada lacks is not written: its
    /// comment says <c>saknas i Kolada</c>, so a goal that needs it is not evaluable rather than judged on a zero.
    /// </summary>
    /// <param name="entity">The document's entity, as the rule set names it.</param>
    /// <param name="year">The year assessed, one of <see cref="Years"/>.</param>
    /// <exception cref="ArgumentException">The entity is empty or the year is not one of <see cref="Years"/>.</exception>
    public string ToYaml(string entity, int year) => ValuesYamlWriter.Write(this, entity, year);

    /// <summary>Writes <see cref="ToYaml"/> to <paramref name="path"/> whole or not at all (a temporary file, then one rename), creating its folder.</summary>
    /// <exception cref="ArgumentException">The entity is empty or the year is not one of <see cref="Years"/>.</exception>
    /// <exception cref="IOException">The file cannot be written; an earlier file at the path is left as it was.</exception>
    public void WriteYaml(string path, string entity, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(ToYaml(entity, year)));
    }
}
