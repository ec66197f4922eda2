namespace Nrf.Goals.DependencyInjection;

/// <summary>A rule set that is not a file: read from the stream <paramref name="Open"/> returns, named <paramref name="Name"/> in errors.</summary>
internal sealed record RuleSetSource(string Name, Func<Stream> Open);
