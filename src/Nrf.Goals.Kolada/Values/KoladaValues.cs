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
        var values = ValueMapping.Map(list, place.Id, checkedYears, points.Where(p => p.MunicipalityId == place.Id), fetchedAt);
        var used = kpis.Where(k => kpiIds.Contains(k.Id)).OrderBy(k => k.Id, StringComparer.Ordinal).ToImmutableArray();
        return new KoladaValueSet(place, [.. checkedYears], [.. list], used, values, client.BaseAddress);
    }

    /// <summary>
    /// Fetches the values of <paramref name="indicators"/> for many kommuner or regions at once — every kommun of the
    /// country, say — asking Kolada once per KPI for all of them (not once per municipality), then mapping each
    /// municipality's values as <see cref="FetchAsync"/> does. <paramref name="progress"/> hears of each KPI fetched.
    /// </summary>
    /// <param name="client">The client to ask with.</param>
    /// <param name="indicators">Which KPI gives which indicator; each indicator once.</param>
    /// <param name="municipalities">The kommuner or regions, e.g. those of <see cref="KoladaClient.GetMunicipalitiesAsync(CancellationToken)"/> of one type.</param>
    /// <param name="years">The years.</param>
    /// <param name="progress">Told after each KPI's values have come (from Kolada or the cache).</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>One value set per municipality, in the order given.</returns>
    /// <exception cref="ArgumentException">No indicator, municipality or year, an indicator or municipality twice, or an id that is not letters and digits.</exception>
    /// <exception cref="KoladaException">An unknown KPI, or Kolada (offline: the cache) could not answer.</exception>
    public static async Task<ImmutableArray<KoladaValueSet>> FetchManyAsync(
        KoladaClient client, IEnumerable<KoladaIndicator> indicators, IEnumerable<KoladaMunicipality> municipalities, IEnumerable<int> years,
        IProgress<KoladaProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(municipalities);
        var list = Checked(indicators);
        var places = municipalities.ToList();
        if (places.Count == 0)
        {
            throw new ArgumentException("no kommun or region was given", nameof(municipalities));
        }

        if (places.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"the kommun or region '{twice.Key}' is given twice", nameof(municipalities));
        }

        var checkedYears = KoladaRoutes.CheckedYears(years);
        var kpiIds = list.Select(i => i.KpiId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var kpis = await client.GetKpisAsync(kpiIds, cancellationToken).ConfigureAwait(false);
        CheckKpis(list, kpis);

        var wanted = places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var byPlace = new Dictionary<string, List<KoladaDataPoint>>(StringComparer.Ordinal);
        var fetchedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        for (var k = 0; k < kpiIds.Count; k++)
        {
            var (points, at) = await client.GetCountryDataAsync(kpiIds[k], checkedYears, cancellationToken).ConfigureAwait(false);
            fetchedAt[kpiIds[k]] = at;
            foreach (var point in points)
            {
                if (wanted.Contains(point.MunicipalityId))
                {
                    if (!byPlace.TryGetValue(point.MunicipalityId, out var own))
                    {
                        own = [];
                        byPlace[point.MunicipalityId] = own;
                    }

                    own.Add(point);
                }
            }

            progress?.Report(new KoladaProgress(k + 1, kpiIds.Count, kpiIds[k]));
        }

        var used = kpis.Where(k => kpiIds.Contains(k.Id)).OrderBy(k => k.Id, StringComparer.Ordinal).ToImmutableArray();
        ImmutableArray<int> yearList = [.. checkedYears];
        ImmutableArray<KoladaIndicator> indicatorList = [.. list];
        return [.. places.Select(place => new KoladaValueSet(
            place, yearList, indicatorList, used,
            ValueMapping.Map(list, place.Id, checkedYears, byPlace.GetValueOrDefault(place.Id) ?? [], fetchedAt),
            client.BaseAddress))];
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
