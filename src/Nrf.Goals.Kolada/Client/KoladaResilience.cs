using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;

namespace Nrf.Goals.Kolada;

/// <summary>
/// The standard resilience handler of Microsoft.Extensions.Http.Resilience set from <see cref="KoladaOptions"/>: a total
/// and a per-try timeout, retries with exponential back-off and jitter on 408, 429, 5xx, broken connections and timed-out
/// tries (waiting what Kolada's Retry-After says, up to <see cref="KoladaOptions.MaxRetryAfter"/>), and a circuit breaker.
/// </summary>
internal static class KoladaResilience
{
    public static void Apply(HttpStandardResilienceOptions resilience, KoladaOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;

        // Polly needs at least one retry attempt; with MaxRetries 0 the predicate never asks for it.
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options));

        resilience.CircuitBreaker.MinimumThroughput = options.CircuitBreakerMinimumThroughput;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.BreakDuration = options.CircuitBreakDuration;
        var sampling = TimeSpan.FromTicks(options.AttemptTimeout.Ticks * 2);
        resilience.CircuitBreaker.SamplingDuration = sampling > TimeSpan.FromSeconds(30) ? sampling : TimeSpan.FromSeconds(30);
    }

    /// <summary>
    /// Whether a try is worth repeating: what the standard handler counts as transient, except an open circuit (asking
    /// again cannot help) and a 429 whose Retry-After is longer than the client waits (the caller hears it at once).
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, KoladaOptions options) => outcome switch
    {
        { Exception: BrokenCircuitException } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests } =>
            !(KoladaTransport.RetryAfter(outcome.Result.Headers.RetryAfter) is { } wait && wait > options.MaxRetryAfter),
        _ => HttpClientResiliencePredicates.IsTransient(outcome),
    };
}
