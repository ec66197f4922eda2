using Nrf.Goals.Cli.Commands;
using Nrf.Goals.Kolada;

namespace Nrf.Goals.Cli.Kolada;

/// <summary>
/// A Kolada client made from the command line's settings, and the one place a Kolada failure becomes what the CLI prints:
/// a <see cref="KoladaException"/> (no network, a timeout, a 5xx after retries, a malformed answer, an unknown KPI or
/// kommun) is bad input of the run, exit 2 with Kolada's own plain message, never a stack trace.
/// </summary>
internal sealed class KoladaSession : IDisposable
{
    private readonly KoladaClient _client;

    private KoladaSession(KoladaClient client)
    {
        _client = client;
    }

    /// <summary>A session on the settings' address, cache and timeouts.</summary>
    /// <exception cref="UsageException">An option the library refuses.</exception>
    public static KoladaSession Open(KoladaSettings settings)
    {
        var options = new KoladaOptions
        {
            CacheFolder = settings.CacheFolder,
            CacheMode = settings.Offline ? KoladaCacheMode.Offline : settings.Refresh ? KoladaCacheMode.Refresh : KoladaCacheMode.ReadWrite,
        };
        if (settings.BaseAddress is { } address)
        {
            options.BaseAddress = address;
        }

        if (settings.Retries is { } retries)
        {
            options.MaxRetries = retries;
        }

        if (settings.AttemptTimeout is { } timeout)
        {
            // Every try may take the whole timeout, and the waits between tries grow: the total leaves room for both.
            options.AttemptTimeout = timeout;
            options.TotalTimeout = TimeSpan.FromTicks(timeout.Ticks * (options.MaxRetries + 1)) + TimeSpan.FromMinutes(1);
        }

        try
        {
            return new KoladaSession(KoladaClient.Create(options));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(Plain(e));
        }
    }

    /// <summary>Runs <paramref name="work"/> to the end; Kolada's failures become <see cref="UsageException"/>s with its message.</summary>
    public T Run<T>(Func<KoladaClient, Task<T>> work)
    {
        try
        {
            return work(_client).GetAwaiter().GetResult();
        }
        catch (KoladaException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(Plain(e));
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>An argument's problem without .NET's " (Parameter 'x')", which names our code, not the user's input.</summary>
    private static string Plain(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
}
