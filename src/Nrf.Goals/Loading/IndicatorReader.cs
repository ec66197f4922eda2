using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads <c>indicators:</c>: each indicator's id, type, breakdown, default, baseline and the period one value covers.</summary>
internal sealed class IndicatorReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    public ImmutableArray<Indicator> Read(YamlNode? node, ImmutableArray<Dimension> dimensions)
    {
        var result = ImmutableArray.CreateBuilder<Indicator>();
        if (node is null || _r.Sequence(node, "indicators") is not { } list)
        {
            return result.ToImmutable();
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (_r.Mapping(item, "an indicator") is { } map && ReadIndicator(map, _r.At(item), dimensions, seen) is { } indicator)
            {
                seen[indicator.Id] = indicator.Location;
                result.Add(indicator);
            }
        }

        return result.ToImmutable();
    }

    private Indicator? ReadIndicator(MappingReader map, SourceLocation at, ImmutableArray<Dimension> dimensions, Dictionary<string, SourceLocation> seen)
    {
        var id = ReadId(map, seen);
        var what = $"indicator '{id ?? "?"}'";
        var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {what}") : null;
        var unit = map.Optional("unit") is { } u ? _r.Text(u, $"the unit of {what}") : null;
        var source = map.Optional("source") is { } s ? _r.Text(s, $"the source of {what}") : null;
        _ = map.Optional("description") is { } d ? _r.Text(d, $"the description of {what}") : null;
        var type = ReadIndicatorType(map.Optional("type"), what);
        var (shape, dimension) = ReadShape(map.Optional("by"), dimensions, what);
        var defaultValue = map.Optional("default") is { } dv && type == IndicatorValueType.Number ? _r.Number(dv, $"the default of {what}") : null;
        var baseline = map.Optional("baseline") is { } bl ? ReadBaseline(bl, dimension, what) : null;
        var periodNode = map.Optional("period");
        var period = periodNode is null ? null : ReadValuePeriod(periodNode, type, shape, what);
        var kolada = map.Optional("kolada") is { } kn ? ReadKolada(kn, type, shape, dimension, what) : null;
        map.RejectUnknownKeys(RuleSetLoader.IndicatorKeys);
        if (baseline?.Tertial is { } tertial && period != ValuePeriod.Tertial)
        {
            _r.Error(map.Optional("baseline")!, $"the baseline of {what} is for the tertial {ReportPeriodNames.Tertial(tertial)}, so its values must be per tertial too; declare 'period: tertial'");
        }

        var kind = type switch { IndicatorValueType.YesNo => "yes/no", IndicatorValueType.Activity => "an activity", _ => "an assessment" };
        if (type != IndicatorValueType.Number && shape != IndicatorShape.Yearly)
        {
            _r.Error(map.Optional("by")!, $"{what} is {kind} and cannot be broken down; declare one indicator per key instead");
        }

        if (type != IndicatorValueType.Number && map.Optional("default") is { } defaultNode)
        {
            // A default is a number read in place of a missing value; a yes/no answer or an assessment never read it, so
            // the default was dropped without a word while the file seemed to say "missing means yes".
            _r.Error(defaultNode, $"{what} is {kind}, and only a number has a default (the number read when the values give none); remove the default, so that a missing value is not evaluable");
        }

        return id is not null && title is not null
            ? new Indicator
            {
                Id = id,
                Title = title,
                Unit = unit,
                Type = type,
                Shape = shape,
                Dimension = dimension,
                Default = defaultValue,
                Baseline = baseline,
                Source = source,
                Location = at,
                Period = period,
                KoladaKpi = kolada,
            }
            : null;
    }

    /// <summary>The indicator's id; null after reporting one that is missing, not usable in expressions, reserved or declared before.</summary>
    private string? ReadId(MappingReader map, Dictionary<string, SourceLocation> seen)
    {
        var idNode = map.Required("id");
        var id = idNode is null ? null : _r.Text(idNode, "an indicator's id");
        if (id is not null && !RuleIds.IndicatorId().IsMatch(id))
        {
            _r.Error(idNode!, $"the indicator id '{id}' must start with a lower-case letter and use only a-z, 0-9 and '_' (it is used in expressions)");
            id = null;
        }

        if (id is not null && FunctionLibrary.All.ContainsKey(id) || id is "and" or "or" or "not" or "true" or "false")
        {
            _r.Error(idNode!, $"the indicator id '{id}' is a reserved word of the rule language; choose another");
            id = null;
        }

        if (id is not null && seen.TryGetValue(id, out var first))
        {
            _r.Error(idNode!, $"the indicator '{id}' is declared twice (first at line {first.Line})");
            id = null;
        }

        return id;
    }

    /// <summary>An indicator's <c>period:</c> — what one value covers; only numbers counted per year have one.</summary>
    private ValuePeriod? ReadValuePeriod(YamlNode node, IndicatorValueType type, IndicatorShape shape, string what)
    {
        if (_r.Text(node, $"the period of {what}") is not { } text)
        {
            return null;
        }

        if (!ValuePeriodNames.TryParse(text, out var period))
        {
            _r.Error(node, $"the period of {what} is '{text}'; it must be {ValuePeriodNames.Expected}");
            return null;
        }

        if (type != IndicatorValueType.Number || shape == IndicatorShape.Dated)
        {
            _r.Error(node, $"{what} is {(shape == IndicatorShape.Dated ? "a dated series, whose dates say what each value covers" : "not a number")}; only numbers reported per year declare a period");
            return null;
        }

        return period;
    }

    /// <summary>
    /// An indicator's <c>kolada:</c> — the Kolada KPI its values come from; checked for what can be checked without
    /// asking Kolada: the id's form (a capital letter and five digits, as N03102 and U21401), and that the indicator is a
    /// number per year, or per year and sex (Kolada's K, M, T).
    /// </summary>
    private string? ReadKolada(YamlNode node, IndicatorValueType type, IndicatorShape shape, Dimension? dimension, string what)
    {
        if (_r.Text(node, $"the Kolada KPI of {what}") is not { } id)
        {
            return null;
        }

        if (!RuleIds.KoladaKpiId().IsMatch(id))
        {
            var upper = id.Trim().ToUpperInvariant();
            var hint = upper != id && RuleIds.KoladaKpiId().IsMatch(upper) ? $" (did you mean '{upper}'?)" : string.Empty;
            _r.Error(node, $"'{id}' is not a Kolada KPI id{hint}: an id is a capital letter and five digits, e.g. N03102");
            return null;
        }

        if (type != IndicatorValueType.Number || shape == IndicatorShape.Dated || (shape == IndicatorShape.YearlyByKey && dimension != Dimension.Sex))
        {
            var why = type != IndicatorValueType.Number
                ? "is not a number"
                : shape == IndicatorShape.Dated ? "is a dated series" : $"is broken down by {dimension!.Name}";
            _r.Error(node, $"{what} {why}, but Kolada gives one number a year, in total or by sex (K, M, T); only a number per year, or by: sex, can take its values from Kolada");
            return null;
        }

        return id;
    }

    private IndicatorValueType ReadIndicatorType(YamlNode? node, string what)
    {
        switch (node is null ? "number" : _r.Text(node, $"the type of {what}"))
        {
            case "number" or null:
                return IndicatorValueType.Number;
            case "yes-no":
                return IndicatorValueType.YesNo;
            case "assessment":
                return IndicatorValueType.Assessment;
            case "activity":
                return IndicatorValueType.Activity;
            case var other:
                _r.Error(node!, $"the type of {what} is '{other}'; it must be number, yes-no, assessment or activity");
                return IndicatorValueType.Number;
        }
    }

    private (IndicatorShape, Dimension?) ReadShape(YamlNode? node, ImmutableArray<Dimension> dimensions, string what)
    {
        if (node is null || _r.Text(node, $"'by' of {what}") is not { } by || by == "year")
        {
            return (IndicatorShape.Yearly, null);
        }

        if (by == "date")
        {
            return (IndicatorShape.Dated, null);
        }

        var dimension = dimensions.FirstOrDefault(d => d.Name == by);
        if (dimension is null)
        {
            var names = dimensions.Select(d => d.Name).Append("year").Append("date").ToArray();
            _r.Error(node, $"{what} is broken down by '{by}', which is not a dimension{Suggestions.DidYouMean(by, names)}; use year, date, sex or a dimension declared under 'dimensions:'");
            return (IndicatorShape.Yearly, null);
        }

        return (IndicatorShape.YearlyByKey, dimension);
    }

    private Baseline? ReadBaseline(YamlNode node, Dimension? dimension, string what)
    {
        if (node is YamlScalarNode)
        {
            return _r.Number(node, $"the baseline of {what}") is { } v
                ? new Baseline(null, v, ImmutableSortedDictionary<string, decimal>.Empty, null)
                : null;
        }

        if (_r.Mapping(node, $"the baseline of {what}") is not { } map)
        {
            return null;
        }

        var year = map.Optional("year") is { } y ? _r.Integer(y, $"the baseline year of {what}") : null;
        var value = map.Optional("value") is { } v2 ? _r.Number(v2, $"the baseline of {what}") : null;
        var note = map.Optional("note") is { } n ? _r.Text(n, $"the baseline note of {what}") : null;
        var tertialNode = map.Optional("tertial");
        ReportPeriod? tertial = null;
        if (tertialNode is not null && _r.Text(tertialNode, $"the baseline tertial of {what}") is { } tertialText)
        {
            if (ReportPeriodNames.TryParseTertial(tertialText, out var closedBy))
            {
                tertial = closedBy;
            }
            else
            {
                _r.Error(tertialNode, $"the baseline tertial of {what} is '{tertialText}'; it must be T1, T2 or T3");
            }
        }

        var byKey = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        var keys = dimension?.Keys ?? ImmutableArray<string>.Empty;
        foreach (var key in keys)
        {
            if (map.Optional(key) is { } kv && _r.Number(kv, $"the baseline of {what} for {key}") is { } number)
            {
                byKey[key] = number;
            }
        }

        map.RejectUnknownKeys(["year", "value", "note", "tertial", .. keys]);
        if (value is null && byKey.Count == 0 && note is null)
        {
            _r.Error(node, $"the baseline of {what} gives no value; write 'value:'{(keys.Length > 0 ? " or a value per key (" + MessageList.Join(keys) + ")" : string.Empty)}");
        }

        return new Baseline(year, value, byKey.ToImmutable(), note) { Tertial = tertial };
    }
}
