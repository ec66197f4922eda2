using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>previous(x)</c>: x in the year before the assessed year.</summary>
internal sealed class PreviousFunction : TimeShiftFunction
{
    public override string Name => "previous";

    public override string Signature => "previous(x)";

    public override string Description => "x in the year before the assessed year";

    public override string Read(CallReading call) =>
        $"{call.Lead}{(call.Value is { } v ? v + " " : string.Empty)}{call.In(call.YearRead ?? call.Year - 1)}";

    public override int? YearOf(int year, IndicatorData data, Reference reference, string? key) => year - 1;
}
