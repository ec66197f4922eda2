using System.Globalization;

namespace Nrf.Goals.Kolada;

/// <summary>
/// The API's routes under the base address, as the Hypergene/kolada README documents them. Every list in a route is
/// deduplicated and sorted, so one question has one address: the address is the cache key.
/// </summary>
internal sealed class KoladaRoutes
{
    private readonly Uri _base;
    private readonly string _basePath;
    private readonly int? _perPage;

    public KoladaRoutes(Uri baseAddress, int? perPage)
    {
        var text = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _base = new Uri(text);
        _basePath = _base.AbsolutePath.TrimEnd('/');
        _perPage = perPage;
    }

    /// <summary>The base address without a trailing slash.</summary>
    public Uri Base => _base;

    /// <summary><c>data/kpi/{kpis}/municipality/{ids}/year/{years}</c>: values of KPIs for kommuner, regions or groups.</summary>
    public Uri Data(IEnumerable<string> kpiIds, IEnumerable<string> municipalityIds, IEnumerable<int> years) =>
        Build($"data/kpi/{Ids(kpiIds, "KPI")}/municipality/{Ids(municipalityIds, "municipality")}/year/{Years(years)}");

    /// <summary><c>data/kpi/{kpi}/year/{years}</c>: a KPI's values for every kommun, region and group at once.</summary>
    public Uri CountryData(string kpiId, IEnumerable<int> years) =>
        Build($"data/kpi/{Ids([kpiId], "KPI")}/year/{Years(years)}");

    /// <summary><c>municipality</c>: every kommun and region.</summary>
    public Uri Municipalities() => Build("municipality");

    /// <summary><c>municipality/{ids}</c>.</summary>
    public Uri Municipalities(IEnumerable<string> ids) => Build($"municipality/{Ids(ids, "municipality")}");

    /// <summary><c>municipality_groups</c>: every group with its members.</summary>
    public Uri MunicipalityGroups() => Build("municipality_groups");

    /// <summary><c>kpi/{ids}</c>: the KPIs' metadata.</summary>
    public Uri Kpis(IEnumerable<string> ids) => Build($"kpi/{Ids(ids, "KPI")}");

    /// <summary>
    /// The address of the next page as Kolada gives it (<c>next_page</c>), put on the base address: only its path and
    /// query are taken, and the path must lie under the base's, so an answer cannot send the client to another host
    /// (nor from https to http).
    /// </summary>
    /// <returns>The address, or <see langword="null"/> when it does not lie under the base address.</returns>
    public Uri? Rebase(string next, Uri current)
    {
        if (!Uri.TryCreate(current, next, out var absolute))
        {
            return null;
        }

        var path = absolute.AbsolutePath;
        if (!(path == _basePath || path.StartsWith(_basePath + "/", StringComparison.Ordinal)))
        {
            return null;
        }

        return new Uri(_base.GetLeftPart(UriPartial.Authority) + absolute.PathAndQuery);
    }

    private Uri Build(string route)
    {
        var query = _perPage is { } n ? "?per_page=" + n.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return new Uri(_base.AbsoluteUri + "/" + route + query);
    }

    /// <summary>Ids as a route segment: letters and digits (N03101, 1442, G37411), deduplicated, in ordinal order.</summary>
    /// <exception cref="ArgumentException">No id, or one with other characters.</exception>
    internal static string Ids(IEnumerable<string> ids, string what)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException($"'{id}' is not a Kolada {what} id: an id is letters and digits, e.g. {(what == "KPI" ? "N03101" : "1442")}");
            }

            set.Add(id);
        }

        if (set.Count == 0)
        {
            throw new ArgumentException($"no {what} id was given");
        }

        return string.Join(",", set);
    }

    /// <summary>Years as a route segment, deduplicated and ascending.</summary>
    /// <exception cref="ArgumentException">No year, or one that is not a four-digit year.</exception>
    internal static string Years(IEnumerable<int> years) =>
        string.Join(",", CheckedYears(years).Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Years deduplicated and ascending.</summary>
    /// <exception cref="ArgumentException">No year, or one that is not a four-digit year.</exception>
    internal static IReadOnlyList<int> CheckedYears(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var set = new SortedSet<int>();
        foreach (var year in years)
        {
            if (year is < 1000 or > 9999)
            {
                throw new ArgumentException($"{year} is not a year; Kolada's periods are four-digit years");
            }

            set.Add(year);
        }

        if (set.Count == 0)
        {
            throw new ArgumentException("no year was given");
        }

        return set.ToList();
    }
}
