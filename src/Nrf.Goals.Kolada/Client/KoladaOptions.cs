namespace Nrf.Goals.Kolada;

/// <summary>
/// Where Kolada is, how long and how often the client tries, and where its answers are kept. The defaults suit the
/// public API; tests set short timeouts and back-offs.
/// </summary>
public sealed class KoladaOptions
{
    /// <summary>The public API, version 2, as documented in the Hypergene/kolada repository.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://api.kolada.se/v2");

    /// <summary>
    /// The API's address, ending in the version segment (<c>https://api.kolada.se/v2</c>); routes such as
    /// <c>data/kpi/{kpi}/municipality/{ids}/year/{years}</c> follow it.
    /// </summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The cache folder; <see langword="null"/> for <see cref="DefaultCacheFolder"/>.</summary>
    public string? CacheFolder { get; set; }

    /// <summary>How the cache is used; <see cref="KoladaCacheMode.ReadWrite"/> by default.</summary>
    public KoladaCacheMode CacheMode { get; set; } = KoladaCacheMode.ReadWrite;

    /// <summary>How long one request may take before it is abandoned (and tried again).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request may take with all its attempts and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How many times a request that failed for a passing reason (429, 5xx, timeout, broken connection) is tried again.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first wait before a retry; it doubles with each retry (with jitter) unless Kolada's Retry-After says how long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After the client waits; Kolada asking for more is a <see cref="KoladaFault.RateLimited"/> fault at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many requests must have been seen before failures can open the circuit breaker (at least 2).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>How long the circuit breaker, once open, answers at once without asking Kolada.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most pages of one answer the client follows through <c>next_page</c>.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Items per page (the API's <c>per_page</c>); <see langword="null"/> for the API's default, its maximum of 5 000.</summary>
    public int? PerPage { get; set; }

    /// <summary>
    /// The default cache folder: <c>$XDG_CACHE_HOME/nrf-goals/kolada</c> when XDG_CACHE_HOME is set, otherwise
    /// <c>~/.cache/nrf-goals/kolada</c> (on Windows under the local application data folder).
    /// </summary>
    public static string DefaultCacheFolder
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string root;
            if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathFullyQualified(xdg))
            {
                root = xdg;
            }
            else if (OperatingSystem.IsWindows())
            {
                root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            }
            else
            {
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }

            return Path.Combine(root, "nrf-goals", "kolada");
        }
    }

    /// <summary>The options checked, each problem named; a misconfiguration is a clear exception, not a request that never ends.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    internal KoladaOptions Checked()
    {
        static void Require(bool ok, string message)
        {
            if (!ok)
            {
                throw new ArgumentException($"Kolada options: {message}");
            }
        }

        Require(BaseAddress is { IsAbsoluteUri: true } && (BaseAddress.Scheme == Uri.UriSchemeHttps || BaseAddress.Scheme == Uri.UriSchemeHttp),
            $"BaseAddress must be an absolute http or https address ending in the API version, e.g. {DefaultBaseAddress}; it is '{BaseAddress}'");
        Require(string.IsNullOrEmpty(BaseAddress.Query) && string.IsNullOrEmpty(BaseAddress.Fragment), $"BaseAddress must have no query or fragment; it is '{BaseAddress}'");
        Require(AttemptTimeout > TimeSpan.Zero, $"AttemptTimeout must be positive; it is {AttemptTimeout}");
        Require(TotalTimeout > AttemptTimeout, $"TotalTimeout ({TotalTimeout}) must be longer than AttemptTimeout ({AttemptTimeout})");
        Require(MaxRetries is >= 0 and <= 20, $"MaxRetries must be 0 to 20; it is {MaxRetries}");
        Require(RetryDelay >= TimeSpan.Zero, $"RetryDelay must not be negative; it is {RetryDelay}");
        Require(MaxRetryAfter >= TimeSpan.Zero, $"MaxRetryAfter must not be negative; it is {MaxRetryAfter}");
        Require(CircuitBreakerMinimumThroughput >= 2, $"CircuitBreakerMinimumThroughput must be at least 2; it is {CircuitBreakerMinimumThroughput}");
        Require(CircuitBreakDuration >= TimeSpan.FromMilliseconds(500), $"CircuitBreakDuration must be at least 0.5 s; it is {CircuitBreakDuration}");
        Require(MaxPages >= 1, $"MaxPages must be at least 1; it is {MaxPages}");
        Require(PerPage is null or (>= 1 and <= 5000), $"PerPage must be 1 to 5000; it is {PerPage}");
        return this;
    }

    /// <summary>The cache folder in use.</summary>
    internal string ResolvedCacheFolder => string.IsNullOrWhiteSpace(CacheFolder) ? DefaultCacheFolder : Path.GetFullPath(CacheFolder);
}
