using Nrf.Goals.Kolada;

namespace Nrf.Goals.Benchmarks;

/// <summary>Writes Kolada's answers into a cache folder as the client keeps them, so a benchmark reads them offline without a server.</summary>
internal static class CachedKolada
{
    /// <summary>Each answer (a route under <paramref name="baseAddress"/> and its one page of JSON) as a cache entry in <paramref name="folder"/>.</summary>
    public static void Write(string folder, Uri baseAddress, IEnumerable<(string Route, string Json)> answers)
    {
        var cache = new ResponseCache(folder);
        foreach (var (route, json) in answers)
        {
            cache.Write(new KoladaAnswer(new Uri(baseAddress.AbsoluteUri.TrimEnd('/') + "/" + route), DateTimeOffset.UtcNow, [json]));
        }
    }
}
