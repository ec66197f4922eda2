using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Asks Kolada one question over HTTP and follows its pages (<c>next_page</c>) to the end, within
/// <see cref="KoladaOptions.MaxPages"/>. Retries, timeouts and the circuit breaker live in the HttpClient's resilience
/// handler (<see cref="KoladaServiceCollectionExtensions"/>); here each way the exchange can still fail becomes a
/// <see cref="KoladaException"/> that says it in plain words.
/// </summary>
internal sealed class KoladaTransport
{
    /// <summary>The largest page read: a page of 5 000 values is about 1 MiB.</summary>
    internal const long MaxPageBytes = 64L * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly KoladaRoutes _routes;
    private readonly KoladaOptions _options;
    private readonly TimeProvider _clock;

    public KoladaTransport(HttpClient http, KoladaRoutes routes, KoladaOptions options, TimeProvider clock)
    {
        _http = http;
        _routes = routes;
        _options = options;
        _clock = clock;
    }

    public async Task<KoladaAnswer> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        var fetchedAt = _clock.GetUtcNow();
        var pages = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { address.AbsoluteUri };
        var url = address;
        while (true)
        {
            var text = await GetTextAsync(url, cancellationToken).ConfigureAwait(false);
            var page = KoladaJson.ReadPage(text, url);
            pages.Add(text);
            if (page.Next is null)
            {
                return new KoladaAnswer(address, fetchedAt, pages.ToImmutable());
            }

            var next = _routes.Rebase(page.Next, url)
                ?? throw new KoladaException(KoladaFault.MalformedResponse,
                    $"the answer from Kolada for {url} is not what the API documents: its next_page '{page.Next}' is not an address under {_routes.Base}", address);
            if (!seen.Add(next.AbsoluteUri))
            {
                throw new KoladaException(KoladaFault.TooManyPages, $"the pages of Kolada's answer to {address} go round in a circle: page {pages.Count} leads back to {next}", address);
            }

            if (pages.Count >= _options.MaxPages)
            {
                throw new KoladaException(KoladaFault.TooManyPages,
                    $"Kolada's answer to {address} runs to more than {_options.MaxPages} pages, the most the client follows (MaxPages); ask for fewer KPIs, kommuner or years at a time", address);
            }

            url = next;
        }
    }

    private async Task<string> GetTextAsync(Uri url, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (Fault(e, url) is { } fault)
        {
            throw fault;
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or IOException)
                {
                    throw BrokeOff(url, e);
                }
            }

            throw await StatusFault(response, url, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What an exception from sending means, or <see langword="null"/> for one that is not about Kolada.</summary>
    private KoladaException? Fault(Exception e, Uri url) => e switch
    {
        TimeoutRejectedException or TaskCanceledException { InnerException: TimeoutException } => new KoladaException(KoladaFault.Timeout,
            $"Kolada did not answer {url} in time ({Seconds(_options.AttemptTimeout)} a try, {Tries}, {Seconds(_options.TotalTimeout)} in all); try again later", url, e),
        BrokenCircuitException => new KoladaException(KoladaFault.ServerError,
            $"Kolada has failed too often just now, so {url} was not asked; the client waits {Seconds(_options.CircuitBreakDuration)} before asking again", url, e),
        HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
        } => new KoladaException(KoladaFault.Unreachable,
            $"Kolada could not be reached at {url}: {Reason(e)}; check the network connection (or run offline from the cache)", url, e),
        HttpRequestException or HttpIOException => BrokeOff(url, e),
        _ => null,
    };

    private static KoladaException BrokeOff(Uri url, Exception e) =>
        new(KoladaFault.MalformedResponse, $"the answer from Kolada for {url} broke off before it was complete ({Reason(e)}); try again", url, e);

    private async Task<KoladaException> StatusFault(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        var status = $"HTTP {code.ToString(CultureInfo.InvariantCulture)}{(response.ReasonPhrase is { Length: > 0 } p ? " " + p : string.Empty)}";
        var tries = Tries;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RetryAfter(response.Headers.RetryAfter) is { } wait && wait > _options.MaxRetryAfter
                ? new KoladaException(KoladaFault.RateLimited,
                    $"Kolada asks to wait {Seconds(wait)} before {url} is asked again (Retry-After), longer than the client waits ({Seconds(_options.MaxRetryAfter)}); try again later", url)
                : new KoladaException(KoladaFault.RateLimited, $"Kolada answered {status} (too many requests) to {url} on each of {tries}; try again later", url);
        }

        if (code >= 500)
        {
            return new KoladaException(KoladaFault.ServerError, $"Kolada answered {status} to {url} on each of {tries}; try again later", url);
        }

        var message = await ErrorMessage(response, cancellationToken).ConfigureAwait(false);
        return new KoladaException(KoladaFault.Refused, $"Kolada refused {url}: {status}{(message is null ? string.Empty : ": " + message)}", url);
    }

    /// <summary>How long a Retry-After asks to wait, from a number of seconds or a date.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    /// <summary>Kolada's own words from an error answer <c>{"error": "..."}</c>, if it sent any.</summary>
    private static async Task<string?> ErrorMessage(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or IOException)
        {
            return null;
        }
    }

    private static string Reason(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.TrimEnd('.');
    }

    /// <summary>"1 try", "5 tries": how often a request is tried in all.</summary>
    private string Tries => $"{(_options.MaxRetries + 1).ToString(CultureInfo.InvariantCulture)} {(_options.MaxRetries == 0 ? "try" : "tries")}";

    /// <summary>"30 s", "60.3 s", or "300 ms" under a second.</summary>
    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1
            ? $"{Math.Round(span.TotalSeconds, 1).ToString(CultureInfo.InvariantCulture)} s"
            : $"{Math.Round(span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)} ms";
}
