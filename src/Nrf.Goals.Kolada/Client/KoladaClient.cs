using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Asks Kolada's API (version 2 by default) for KPI values and metadata. Every question has one address (ids and years
/// deduplicated and sorted); its whole answer, all pages, is kept in the on-disk cache under that address, so a run can
/// be repeated offline (<see cref="KoladaCacheMode.Offline"/>). Every failure is a <see cref="KoladaException"/>.
/// </summary>
/// <remarks>
/// Build one with <see cref="Create"/>, or register it with
/// <see cref="KoladaServiceCollectionExtensions.AddKolada"/> and take it from the container.
/// </remarks>
public sealed class KoladaClient : IDisposable
{
    /// <summary>KPIs asked in one data request; the API's limit is the address's length.</summary>
    internal const int KpisPerRequest = 20;

    private readonly KoladaOptions _options;
    private readonly KoladaRoutes _routes;
    private readonly KoladaTransport _transport;
    private readonly ResponseCache _cache;
    private IDisposable? _owned;

    /// <summary>A client on <paramref name="httpClient"/>, which should carry the resilience handler (see <see cref="KoladaServiceCollectionExtensions.AddKolada"/>).</summary>
    /// <param name="httpClient">The HttpClient to send with.</param>
    /// <param name="options">Where Kolada is and where its answers are kept.</param>
    /// <param name="clock">Stamps each answer's fetch time; the system clock by default.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public KoladaClient(HttpClient httpClient, KoladaOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Checked();
        _routes = new KoladaRoutes(options.BaseAddress, options.PerPage);
        _transport = new KoladaTransport(httpClient, _routes, options, clock ?? TimeProvider.System);
        _cache = new ResponseCache(options.ResolvedCacheFolder);
    }

    /// <summary>The API's address, without a trailing slash.</summary>
    public Uri BaseAddress => _routes.Base;

    /// <summary>The cache folder in use.</summary>
    public string CacheFolder => _cache.Folder;

    /// <summary>How the cache is used.</summary>
    public KoladaCacheMode CacheMode => _options.CacheMode;

    /// <summary>A client with its own HttpClient and resilience handler, for a program without a DI container.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="clock">Stamps each answer's fetch time; the system clock by default.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static KoladaClient Create(KoladaOptions? options = null, TimeProvider? clock = null)
    {
        options = (options ?? new KoladaOptions()).Checked();
        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddKolada();
        var provider = services.BuildServiceProvider();
        var client = new KoladaClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(KoladaServiceCollectionExtensions.HttpClientName), options, clock)
        {
            _owned = provider,
        };
        return client;
    }

    /// <summary>Values of <paramref name="kpiIds"/> for <paramref name="municipalityIds"/> (kommuner, regions or groups) in <paramref name="years"/>.</summary>
    /// <returns>Every value Kolada has, ordered by KPI, municipality, year and gender; a year Kolada has nothing for is absent.</returns>
    /// <exception cref="ArgumentException">No id or year, or an id that is not letters and digits.</exception>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaDataPoint>> GetValuesAsync(IEnumerable<string> kpiIds, IEnumerable<string> municipalityIds, IEnumerable<int> years, CancellationToken cancellationToken = default) =>
        (await GetDataAsync(kpiIds, municipalityIds, years, cancellationToken).ConfigureAwait(false)).Points;

    /// <summary>A KPI's values for every kommun, region and group at once (one question, not one per municipality).</summary>
    /// <returns>Every value Kolada has, ordered by municipality, year and gender.</returns>
    /// <exception cref="ArgumentException">The id is not letters and digits, or no year was given.</exception>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaDataPoint>> GetCountryValuesAsync(string kpiId, IEnumerable<int> years, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kpiId);
        var (points, _) = await QueryAsync(_routes.CountryData(kpiId, years), KoladaJson.DataPoints, cancellationToken).ConfigureAwait(false);
        return Ordered(points);
    }

    /// <summary>A KPI's values for every kommun, region and group in <paramref name="years"/>, with when the answer was fetched.</summary>
    internal async Task<(ImmutableArray<KoladaDataPoint> Points, DateTimeOffset FetchedAt)> GetCountryDataAsync(string kpiId, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var (points, answer) = await QueryAsync(_routes.CountryData(kpiId, years), KoladaJson.DataPoints, cancellationToken).ConfigureAwait(false);
        return (points, answer.FetchedAt);
    }

    /// <summary>Every kommun and region.</summary>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaMunicipality>> GetMunicipalitiesAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(_routes.Municipalities(), KoladaJson.Municipality, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>The kommuner and regions with <paramref name="ids"/>; an id Kolada does not know is absent.</summary>
    /// <exception cref="ArgumentException">No id, or one that is not letters and digits.</exception>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaMunicipality>> GetMunicipalitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_routes.Municipalities(ids), KoladaJson.Municipality, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>Every municipality group with its members.</summary>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaMunicipalityGroup>> GetMunicipalityGroupsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(_routes.MunicipalityGroups(), KoladaJson.Group, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>The metadata of the KPIs with <paramref name="ids"/>; an id Kolada does not know is absent.</summary>
    /// <exception cref="ArgumentException">No id, or one that is not letters and digits.</exception>
    /// <exception cref="KoladaException">Kolada could not answer (or, offline, the cache could not).</exception>
    public async Task<ImmutableArray<KoladaKpi>> GetKpisAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_routes.Kpis(ids), KoladaJson.Kpi, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>
    /// The kommun or region <paramref name="nameOrId"/> names: an id (<c>1442</c>, <c>25</c>) or a title as Kolada writes
    /// it, in any case (<c>Vårgårda</c>, <c>region norrbotten</c>; "Vårgårda kommun" too).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="nameOrId"/> is empty.</exception>
    /// <exception cref="KoladaException">Kolada has no such kommun or region (<see cref="KoladaFault.UnknownMunicipality"/>,
    /// with the closest name for a misspelt one), the name fits several, or Kolada could not answer.</exception>
    public async Task<KoladaMunicipality> FindMunicipalityAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var name = nameOrId.Trim();
        if (name.Length == 0)
        {
            throw new ArgumentException("no kommun or region was named", nameof(nameOrId));
        }

        if (name.All(char.IsAsciiDigit))
        {
            var found = await GetMunicipalitiesAsync([name], cancellationToken).ConfigureAwait(false);
            return found.FirstOrDefault(m => m.Id == name)
                ?? throw new KoladaException(KoladaFault.UnknownMunicipality, $"Kolada has no kommun or region with the id '{name}'", _routes.Municipalities([name]));
        }

        var all = await GetMunicipalitiesAsync(cancellationToken).ConfigureAwait(false);
        var matches = Matching(all, name);
        if (matches.Count == 0 && name.EndsWith(" kommun", StringComparison.OrdinalIgnoreCase))
        {
            matches = Matching(all, name[..^" kommun".Length].TrimEnd());
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new KoladaException(KoladaFault.UnknownMunicipality,
                $"Kolada has no kommun or region named '{name}'{DidYouMean(name, all.Select(m => m.Title))}", _routes.Municipalities()),
            _ => throw new KoladaException(KoladaFault.UnknownMunicipality,
                $"'{name}' names more than one in Kolada: {string.Join(", ", matches.Select(m => $"{m.Title} ({m.Id}, {(m.Type == KoladaMunicipalityType.Kommun ? "kommun" : "region")})"))}; give the id",
                _routes.Municipalities()),
        };
    }

    /// <summary>Releases the HttpClient machinery of a client made by <see cref="Create"/>; one given an HttpClient leaves it to its owner.</summary>
    public void Dispose()
    {
        _owned?.Dispose();
        _owned = null;
    }

    /// <summary>Values with the fetch time of each KPI's answer, which a value Kolada lacks takes as its own.</summary>
    internal async Task<(ImmutableArray<KoladaDataPoint> Points, ImmutableDictionary<string, DateTimeOffset> FetchedAt)> GetDataAsync(
        IEnumerable<string> kpiIds, IEnumerable<string> municipalityIds, IEnumerable<int> years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kpiIds);
        ArgumentNullException.ThrowIfNull(municipalityIds);
        var kpis = KoladaRoutes.Ids(kpiIds, "KPI").Split(',');
        var municipalities = KoladaRoutes.Ids(municipalityIds, "municipality").Split(',');
        var checkedYears = KoladaRoutes.CheckedYears(years);
        var points = ImmutableArray.CreateBuilder<KoladaDataPoint>();
        var fetchedAt = ImmutableDictionary.CreateBuilder<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var chunk in kpis.Chunk(KpisPerRequest))
        {
            var (items, answer) = await QueryAsync(_routes.Data(chunk, municipalities, checkedYears), KoladaJson.DataPoints, cancellationToken).ConfigureAwait(false);
            points.AddRange(items);
            foreach (var kpi in chunk)
            {
                fetchedAt[kpi] = answer.FetchedAt;
            }
        }

        return (Ordered(points.ToImmutable()), fetchedAt.ToImmutable());
    }

    /// <summary>
    /// The answer to the question at <paramref name="address"/>, read with <paramref name="read"/>: from the cache when it
    /// holds a sound one (unless refreshing), else from Kolada — read in full before it is cached, so a malformed answer
    /// is never kept.
    /// </summary>
    private async Task<(ImmutableArray<T> Items, KoladaAnswer Answer)> QueryAsync<T>(Uri address, Func<JsonElement, KoladaAnswer, IEnumerable<T>> read, CancellationToken cancellationToken)
    {
        if (_options.CacheMode != KoladaCacheMode.Refresh)
        {
            var lookup = _cache.Read(address);
            var damage = lookup.Damage;
            if (lookup.Answer is { } cached)
            {
                try
                {
                    return (KoladaJson.ReadItems(cached, read), cached);
                }
                catch (KoladaException e) when (e.Fault is KoladaFault.MalformedResponse or KoladaFault.Refused)
                {
                    damage = $"the cache file {_cache.PathOf(address)} is damaged: {e.Message}";
                }
            }

            if (_options.CacheMode == KoladaCacheMode.Offline)
            {
                throw damage is null
                    ? new KoladaException(KoladaFault.NotCached,
                        $"offline, and the Kolada cache ({_cache.Folder}) has no answer to {address}; run once online to fetch it", address)
                    : new KoladaException(KoladaFault.DamagedCache, $"offline, and {damage}; run online to fetch it again", address);
            }
        }

        var answer = await _transport.FetchAsync(address, cancellationToken).ConfigureAwait(false);
        var items = KoladaJson.ReadItems(answer, read);
        _cache.Write(answer);
        return (items, answer);
    }

    private static List<KoladaMunicipality> Matching(ImmutableArray<KoladaMunicipality> all, string name) =>
        all.Where(m => string.Equals(m.Title, name, StringComparison.OrdinalIgnoreCase)).ToList();

    private static ImmutableArray<KoladaDataPoint> Ordered(ImmutableArray<KoladaDataPoint> points) =>
        [.. points.OrderBy(p => p.KpiId, StringComparer.Ordinal).ThenBy(p => p.MunicipalityId, StringComparer.Ordinal).ThenBy(p => p.Year).ThenBy(p => p.Gender, StringComparer.Ordinal)];

    /// <summary>" (did you mean 'X'?)" for the kommun or region title closest to <paramref name="name"/>, without regard to case.</summary>
    private static string DidYouMean(string name, IEnumerable<string> titles)
    {
        var byLower = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in titles.Order(StringComparer.Ordinal))
        {
            byLower.TryAdd(title.ToLowerInvariant(), title);
        }

        return Suggestions.Closest(name.ToLowerInvariant(), byLower.Keys) is { } closest ? $" (did you mean '{byLower[closest]}'?)" : string.Empty;
    }
}
