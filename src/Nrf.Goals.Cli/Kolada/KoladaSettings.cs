namespace Nrf.Goals.Cli.Kolada;

/// <summary>What the command line says about asking Kolada, read and checked; turned into the library's options only on the Kolada path.</summary>
/// <param name="BaseAddress">The API's address; null for the library's default.</param>
/// <param name="CacheFolder">The cache folder; null for the default.</param>
/// <param name="Offline">Never ask Kolada.</param>
/// <param name="Refresh">Ask Kolada again for every answer.</param>
/// <param name="AttemptTimeout">How long one request may take; null for the default.</param>
/// <param name="Retries">How many times a failed request is tried again; null for the default.</param>
/// <param name="UseUncertain">Use the values Kolada flags.</param>
/// <param name="Years">The years to fetch, ascending.</param>
/// <param name="Year">The year assessed, one of <paramref name="Years"/>.</param>
internal sealed record KoladaSettings(
    Uri? BaseAddress, string? CacheFolder, bool Offline, bool Refresh, TimeSpan? AttemptTimeout, int? Retries, bool UseUncertain,
    IReadOnlyList<int> Years, int Year);
