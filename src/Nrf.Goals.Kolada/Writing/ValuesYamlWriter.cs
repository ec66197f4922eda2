using System.Globalization;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Writes a <see cref="KoladaValueSet"/> in the values format README's "Values documents" describes — a value per year,
/// or per year and key for an indicator by sex — with each value's provenance in a comment on its line. YamlDotNet's
/// emitter does the quoting; the text is read back with <see cref="ValuesLoader"/> before it is handed out, so what is
/// written is what the loader reads.
/// </summary>
internal static class ValuesYamlWriter
{
    public static string Write(KoladaValueSet set, string entity, int year, bool useUncertain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        if (!set.Years.Contains(year))
        {
            throw new ArgumentException($"the year {year} is not one of the years fetched ({Span(set)})", nameof(year));
        }

        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        var place = set.Municipality;
        Comment(emitter, $"Values from Kolada (RKA) for {place.Title} ({(place.Type == KoladaMunicipalityType.Kommun ? "kommun" : "region")} {place.Id}), {Span(set)}, from {set.Source}.");
        Comment(emitter, "Beside each value: its KPI, year, key (T totalt, K kvinnor, M män), fetch date and any status Kolada flags.");
        Comment(emitter, useUncertain
            ? $"A value Kolada lacks is {{missing: {KoladaValue.MissingReason}}}: a goal that needs it is not evaluable. A value Kolada flags is used."
            : $"A value Kolada lacks is {{missing: {KoladaValue.MissingReason}}}, one it flags {{missing: osäkert i Kolada …}}: a goal that needs it is not evaluable.");
        emitter.Emit(new MappingStart(null, null, false, MappingStyle.Block));
        Pair(emitter, "entity", entity);
        Pair(emitter, "year", Invariant(year));
        Pair(emitter, "report", "annual");
        emitter.Emit(new Scalar("values"));
        emitter.Emit(new MappingStart(null, null, false, MappingStyle.Block));
        var kpis = set.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        foreach (var indicator in set.Indicators)
        {
            WriteIndicator(emitter, set, indicator, kpis.GetValueOrDefault(indicator.KpiId), useUncertain);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        var yaml = text.ToString();
        Verify(yaml, entity);
        return yaml;
    }

    private static void WriteIndicator(IEmitter emitter, KoladaValueSet set, KoladaIndicator indicator, KoladaKpi? kpi, bool useUncertain)
    {
        var values = set.Values.Where(v => v.IndicatorId == indicator.IndicatorId).ToList();
        Comment(emitter, $"{indicator.IndicatorId}: Kolada {(kpi is null ? indicator.KpiId : $"{kpi.Id}, {kpi.Title}")}");
        emitter.Emit(new Scalar(indicator.IndicatorId));
        emitter.Emit(new MappingStart(null, null, false, MappingStyle.Block));
        foreach (var yearValues in values.GroupBy(v => v.Year).OrderBy(g => g.Key))
        {
            emitter.Emit(Plain(Invariant(yearValues.Key)));
            if (!indicator.BySex)
            {
                Value(emitter, yearValues.Single(), useUncertain);
                continue;
            }

            emitter.Emit(new MappingStart(null, null, false, MappingStyle.Block));
            foreach (var value in yearValues)
            {
                emitter.Emit(new Scalar(value.Key));
                Value(emitter, value, useUncertain);
            }

            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new MappingEnd());
    }

    /// <summary>The value, or <c>{missing: reason}</c> in its place, with its provenance in a comment on the line.</summary>
    private static void Value(IEmitter emitter, KoladaValue value, bool useUncertain)
    {
        var provenance = Provenance(value);
        if (value.ReasonWhen(useUncertain) is { } reason)
        {
            emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
            emitter.Emit(new Scalar(MissingKey));
            emitter.Emit(new Scalar(OneLine(reason)));
            emitter.Emit(new MappingEnd());
            var unused = value.Value is { } v ? $"; its value {v.ToString(CultureInfo.InvariantCulture)} is not used" : string.Empty;
            emitter.Emit(new Comment(OneLine(provenance + unused), true));
            return;
        }

        emitter.Emit(Plain(value.Value!.Value.ToString(CultureInfo.InvariantCulture)));
        emitter.Emit(new Comment(OneLine(provenance + (value.State == KoladaValueState.Uncertain ? ": uncertain" : string.Empty)), true));
    }

    /// <summary>The key a values document says a value is missing with.</summary>
    private const string MissingKey = "missing";

    /// <summary>"N03101 2021 T, fetched 2025-01-15", and Kolada's status flag if it sets one.</summary>
    private static string Provenance(KoladaValue value) =>
        $"{value.KpiId} {Invariant(value.Year)} {value.Key}, fetched {Day(value)}{(value.KoladaStatus is { } status ? $", Kolada status '{status}'" : string.Empty)}";

    private static string Day(KoladaValue value) => value.FetchedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Span(KoladaValueSet set)
    {
        var years = set.Years;
        var contiguous = years.Length > 1 && years[^1] - years[0] == years.Length - 1;
        return contiguous ? $"{Invariant(years[0])}–{Invariant(years[^1])}" : string.Join(", ", years.Select(Invariant));
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static void Pair(IEmitter emitter, string key, string value)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(value));
    }

    private static Scalar Plain(string text) => new(null, null, text, ScalarStyle.Plain, true, false);

    private static void Comment(IEmitter emitter, string text) => emitter.Emit(new Comment(OneLine(text), false));

    /// <summary>Text from Kolada (a title, a status) on one line, so that it cannot end its comment and start YAML.</summary>
    private static string OneLine(string text) => KoladaText.OneLine(text);

    /// <summary>The document read back as the loader reads it; a refusal here is a bug in this writer, not in the data.</summary>
    private static void Verify(string yaml, string entity)
    {
        try
        {
            ValuesLoader.Parse(yaml, "kolada-values.yaml");
        }
        catch (NrfGoalsException e)
        {
            throw new InvalidOperationException($"the values document written from Kolada for '{entity}' does not load: {e.Message}", e);
        }
    }
}
