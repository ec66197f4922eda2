using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Turns Kolada's values into the indicators' values: for an indicator by sex, Kolada's K, M and T become the keys of the
/// core's sex dimension; for any other, Kolada's total T is the value. A value Kolada lacks is missing (never zero), one
/// with a status flag uncertain (<see cref="KoladaValueState"/>).
/// </summary>
internal static class ValueMapping
{
    /// <summary>The values of <paramref name="indicators"/> in <paramref name="years"/> from <paramref name="points"/>, which are one municipality's.</summary>
    public static ImmutableArray<KoladaValue> Map(
        IReadOnlyList<KoladaIndicator> indicators, string municipalityId, IReadOnlyList<int> years,
        IEnumerable<KoladaDataPoint> points, IReadOnlyDictionary<string, DateTimeOffset> fetchedAt)
    {
        var byKey = new Dictionary<(string Kpi, int Year, string Gender), KoladaDataPoint>();
        foreach (var point in points)
        {
            var key = (point.KpiId, point.Year, point.Gender);
            if (byKey.TryGetValue(key, out var earlier) && earlier.Value != point.Value)
            {
                throw new KoladaException(KoladaFault.MalformedResponse,
                    $"Kolada's answer has two values for {point.KpiId}, {municipalityId}, {point.Year}, {point.Gender}: {earlier.Value?.ToString() ?? "null"} and {point.Value?.ToString() ?? "null"}");
            }

            byKey[key] = point;
        }

        var values = ImmutableArray.CreateBuilder<KoladaValue>();
        foreach (var indicator in indicators)
        {
            var keys = indicator.BySex ? Dimension.Sex.Keys : [Total];
            foreach (var year in years)
            {
                foreach (var key in keys)
                {
                    byKey.TryGetValue((indicator.KpiId, year, key), out var point);
                    var status = string.IsNullOrWhiteSpace(point?.Status) ? null : point.Status;
                    var state = point?.Value is null ? KoladaValueState.Missing : status is null ? KoladaValueState.Reported : KoladaValueState.Uncertain;
                    values.Add(new KoladaValue(indicator.IndicatorId, indicator.KpiId, year, key, point?.Value, state, status, point?.FetchedAt ?? fetchedAt[indicator.KpiId]));
                }
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Kolada's gender for the total, which an indicator not by sex takes.</summary>
    internal const string Total = "T";
}
