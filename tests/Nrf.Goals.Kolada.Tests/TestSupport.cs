using System.Net;
using System.Net.Sockets;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>A clock stopped at one instant, so fetch dates in provenance are exact.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Instant)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A fresh folder under the temp folder, removed afterwards: a test's own Kolada cache.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nrf-kolada-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string[] Files() => Directory.GetFiles(Path, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class TestOptions
{
    /// <summary>Options for a test: its server and cache, short timeouts and back-offs (milliseconds, not minutes).</summary>
    public static KoladaOptions For(Uri baseAddress, string cacheFolder, KoladaCacheMode mode = KoladaCacheMode.ReadWrite) => new()
    {
        BaseAddress = baseAddress,
        CacheFolder = cacheFolder,
        CacheMode = mode,
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
        MaxPages = 10,
    };

    /// <summary>An address on 127.0.0.1 where nothing listens: a port taken from the system and given back at once.</summary>
    public static Uri Refusing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v2");
    }
}
