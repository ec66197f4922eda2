using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>latest(series)</c>: the last observation of a dated series in the assessed year.</summary>
internal sealed class LatestFunction : SeriesFunction
{
    public override string Name => "latest";

    public override string Signature => "latest(series)";

    public override string Description => "the last observation of a dated series in the assessed year (up to asOf)";

    public override string Read(CallReading call) => Dated(call);

    protected override DatedValue? Choose(IReadOnlyList<DatedValue> observations, IReferenceReader reader) => observations[^1];
}
