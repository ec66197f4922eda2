using System.Collections.Immutable;

namespace Nrf.Goals.Kolada;

/// <summary>Fetches the values of a rule set's indicators from Kolada for one kommun or region.</summary>
public static class KoladaValues
{
    /// <summary>
    /// Fetches the values of <paramref name="indicators"/> for <paramref name="municipality"/> in <paramref name="years"/>:
    /// the kommun or region is looked up (by id or name), the KPIs' metadata checked (each must exist, and be divided by
    /// gender where the indicator is by sex), then the values asked in one question per 20 KPIs.
    /// </summary>
    /// <param name="client">The client to ask with.</param>
    /// <param name="indicators">Which KPI gives which indicator; each indicator once.</param>
    /// <param name="municipality">The kommun's or region's id (<c>1442</c>) or name (<c>Vårgårda</c>).</param>
    /// <param name="years">The years.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <exception cref="ArgumentException">No indicator or year, an indicator twice, or an id that is not letters and digits.</exception>
    /// <exception cref="KoladaException">An unknown KPI or municipality, or Kolada (offline: the cache) could not answer.</exception>
    public static async Task<KoladaValueSet> FetchAsync(KoladaClient client, IEnumerable<KoladaIndicator> indicators, string municipality, IEnumerable<int> years, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(municipality);
        var list = Checked(indicators);
        var checkedYears = KoladaRoutes.CheckedYears(years);

        var place = await client.FindMunicipalityAsync(municipality, cancellationToken).ConfigureAwait(false);
        var kpiIds = list.Select(i => i.KpiId).Distinct(StringComparer.Ordinal).ToList();
        var kpis = await client.GetKpisAsync(kpiIds, cancellationToken).ConfigureAwait(false);
        CheckKpis(list, kpis);

        var (points, fetchedAt) = await client.GetDataAsync(kpiIds, [place.Id], checkedYears, cancellationToken).ConfigureAwait(false);
        var values = ValueMapping.Map(list, place.Id, checkedYears, points, fetchedAt);
        var used = kpis.Where(k => kpiIds.Contains(k.Id)).OrderBy(k => k.Id, StringComparer.Ordinal).ToImmutableArray();
        return new KoladaValueSet(place, [.. checkedYears], [.. list], used, values, client.BaseAddress);
    }

    private static List<KoladaIndicator> Checked(IEnumerable<KoladaIndicator> indicators)
    {
        var list = new List<KoladaIndicator>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (string.IsNullOrWhiteSpace(indicator.IndicatorId))
            {
                throw new ArgumentException($"an indicator for {indicator.KpiId} has no id", nameof(indicators));
            }

            if (!seen.Add(indicator.IndicatorId))
            {
                throw new ArgumentException($"the indicator '{indicator.IndicatorId}' is given twice; each indicator takes its values from one KPI", nameof(indicators));
            }

            KoladaRoutes.Ids([indicator.KpiId], "KPI");
            list.Add(indicator);
        }

        return list.Count > 0 ? list : throw new ArgumentException("no indicator was given", nameof(indicators));
    }

    private static void CheckKpis(List<KoladaIndicator> indicators, ImmutableArray<KoladaKpi> kpis)
    {
        var known = kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var indicator in indicators)
        {
            if (!known.TryGetValue(indicator.KpiId, out var kpi))
            {
                problems.Add($"Kolada has no KPI '{indicator.KpiId}' (asked for the indicator '{indicator.IndicatorId}')");
            }
            else if (indicator.BySex && !kpi.IsDividedByGender)
            {
                problems.Add($"the indicator '{indicator.IndicatorId}' is broken down by sex, but Kolada's {kpi.Id} ({kpi.Title}) is not divided by gender; take its total without by: sex, or another KPI");
            }
        }

        if (problems.Count > 0)
        {
            throw new KoladaException(KoladaFault.UnknownKpi, string.Join(Environment.NewLine, problems));
        }
    }
}
