using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>previous_measurement(x)</c>: x in the latest earlier year that has a value (measurements not made every year).</summary>
internal sealed class PreviousMeasurementFunction : TimeShiftFunction
{
    public override string Name => "previous_measurement";

    public override string Signature => "previous_measurement(x)";

    public override string Description => "x in the latest earlier year that has a value (for measurements not made every year)";

    public override string Read(CallReading call)
    {
        var what = (call.IsSwedish ? "vid föregående mätning" : "at the previous measurement") + (call.YearRead is { } y ? $" ({y})" : string.Empty);
        return $"{call.Lead}{(call.Value is { } v ? v + " " : string.Empty)}{what}";
    }

    /// <summary>The latest year before <paramref name="year"/> with a value (for <paramref name="key"/>, or any key); null when there is none.</summary>
    public override int? YearOf(int year, IndicatorData data, Reference reference, string? key)
    {
        // Loops over the sorted dictionaries' own enumerators: this runs on every evaluation, and LINQ over their
        // Keys allocated and copied far more than the lookup itself costs.
        int? found = null;
        if (reference.Indicator.Type == IndicatorValueType.YesNo)
        {
            foreach (var kv in data.Flags)
            {
                if (kv.Key < year && (found is null || kv.Key > found))
                {
                    found = kv.Key;
                }
            }
        }
        else if (reference.Indicator.Shape == IndicatorShape.YearlyByKey)
        {
            foreach (var kv in data.Keyed)
            {
                if (kv.Key < year && (found is null || kv.Key > found) && (key is null ? kv.Value.Count > 0 : kv.Value.ContainsKey(key)))
                {
                    found = kv.Key;
                }
            }
        }
        else
        {
            foreach (var kv in data.Years)
            {
                if (kv.Key < year && (found is null || kv.Key > found))
                {
                    found = kv.Key;
                }
            }
        }

        return found;
    }
}
