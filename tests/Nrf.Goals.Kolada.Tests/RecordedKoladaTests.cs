using Nrf.Goals.Kolada.Tests.Server;

namespace Nrf.Goals.Kolada.Tests;

/// <summary>
/// Tests against a recorded Kolada on 127.0.0.1 and a cache folder of their own, both made before each test and removed
/// after it; a class says which recorded answers its server gives (<see cref="Answering"/>).
/// </summary>
public abstract class RecordedKoladaTests : IAsyncLifetime
{
    /// <summary>The cache folder, empty at the start of each test.</summary>
    private protected TempFolder Cache { get; } = new();

    /// <summary>The recorded Kolada the test asks.</summary>
    private protected RecordedKolada Server { get; private set; } = null!;

    /// <summary>The answers the server gives from the start (none unless a class adds them).</summary>
    private protected virtual RecordedKolada Answering(RecordedKolada server) => server;

    /// <inheritdoc/>
    public async Task InitializeAsync() => Server = Answering(await RecordedKolada.StartAsync());

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Cache.Dispose();
    }
}
