using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads a values document (YAML, or JSON of the same structure). Given the rule set, it also checks the values against
/// the declared indicators: shapes, breakdown keys, yes/no versus numbers, the entity and the rule set's validity.
/// </summary>
public static class ValuesLoader
{
    private static readonly string[] RootKeys = ["entity", "year", "report", "asOf", "period", "values"];

    /// <summary>Loads the values file at <paramref name="path"/>; with <paramref name="ruleSet"/>, checks it against the rule set.</summary>
    /// <exception cref="NrfGoalsException">The file is missing or has problems; every one is listed.</exception>
    public static ValuesDocument Load(string path, RuleSet? ruleSet = null)
    {
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadFile(path, bag);
        bag.ThrowIfErrors();
        return Parse(text, path, ruleSet);
    }

    /// <summary>Loads values from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static ValuesDocument Load(Stream stream, string sourceName, RuleSet? ruleSet = null)
    {
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadStream(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return Parse(text, sourceName, ruleSet);
    }

    /// <summary>Reads values from YAML or JSON text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text has problems; every one is listed.</exception>
    public static ValuesDocument Parse(string text, string sourceName = "values.yaml", RuleSet? ruleSet = null)
    {
        var bag = new DiagnosticBag();
        var root = YamlSource.LoadRoot(text, sourceName, "a values document", bag);
        bag.ThrowIfErrors();
        var document = new Reader(new NodeReader(sourceName, bag), ruleSet).Read(root!);
        bag.ThrowIfErrors();
        return document! with { Warnings = bag.Items.ToImmutableArray() };
    }

    private sealed class Reader
    {
        private readonly NodeReader _r;
        private readonly RuleSet? _ruleSet;
        private readonly HashSet<string> _used;
        private int _year;

        public Reader(NodeReader reader, RuleSet? ruleSet)
        {
            _r = reader;
            _ruleSet = ruleSet;
            _used = new HashSet<string>(ruleSet?.Goals.SelectMany(GoalReferences.Indicators) ?? [], StringComparer.Ordinal);
        }

        public ValuesDocument? Read(YamlMappingNode root)
        {
            var map = new MappingReader(_r, root, "the values document");
            var entityNode = map.Required("entity");
            var entity = entityNode is null ? null : _r.Text(entityNode, "entity");
            var yearNode = map.Required("year");
            var year = yearNode is null ? null : _r.Integer(yearNode, "year");
            var report = map.Required("report") is { } rn ? ReadReport(rn) : null;
            var asOf = map.Optional("asOf") is { } a ? _r.Date(a, "asOf") : null;
            var period = map.Optional("period") is { } p ? ReadPeriod(p) : null;
            var valuesNode = map.Required("values");
            map.RejectUnknownKeys(RootKeys);
            _year = year ?? 0;

            if (_ruleSet is not null)
            {
                if (entity is not null && _ruleSet.Entity is not null && !string.Equals(entity, _ruleSet.Entity, StringComparison.OrdinalIgnoreCase))
                {
                    _r.Error(entityNode!, $"these values are for '{entity}', but the rule set '{_ruleSet.Id}' is for '{_ruleSet.Entity}'");
                }

                if (year is { } y && (y < _ruleSet.ValidFrom || y > _ruleSet.ValidTo))
                {
                    _r.Error(yearNode!, $"the year {y} is outside the rule set's validity {_ruleSet.ValidFrom}–{_ruleSet.ValidTo}");
                }
            }

            if (asOf is { } date && year is { } yy && date.Year != yy)
            {
                _r.Error(map.Optional("asOf")!, $"asOf {date:yyyy-MM-dd} is not in the assessed year {yy}");
            }

            if (report == ReportKind.Annual && period is { } pp && pp != ReportPeriod.Annual)
            {
                _r.Error(map.Optional("period")!, $"an annual report cannot be for period {ReportPeriodNames.Display(pp)}");
            }

            var values = ImmutableSortedDictionary.CreateBuilder<string, IndicatorData>(StringComparer.Ordinal);
            var locations = ImmutableDictionary.CreateBuilder<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);
            if (valuesNode is not null && !(valuesNode is YamlScalarNode { Value: "" or null }) && _r.Mapping(valuesNode, "values") is { } valuesMap)
            {
                foreach (var (keyNode, valueNode) in valuesMap.Entries)
                {
                    var id = _r.Text(keyNode, "an indicator id");
                    if (id is null)
                    {
                        continue;
                    }

                    var indicator = _ruleSet?.FindIndicator(id);
                    if (_ruleSet is not null && indicator is null)
                    {
                        _r.Bag.Warning(_r.At(keyNode), $"'{id}' is not an indicator of the rule set '{_ruleSet.Id}'{Suggestions.DidYouMean(id, _ruleSet.Indicators.Select(i => i.Id))}; its values are ignored");
                        continue;
                    }

                    if (indicator is not null && !_used.Contains(id))
                    {
                        _r.Bag.Warning(_r.At(keyNode), $"no goal of the rule set '{_ruleSet!.Id}' uses '{id}'; its values are checked but not used");
                    }

                    if (ReadIndicator(id, valueNode, indicator) is { } data)
                    {
                        values[id] = data;
                        locations[id] = _r.At(keyNode);
                    }
                }
            }

            if (entity is null || year is null || report is null)
            {
                return null;
            }

            return new ValuesDocument(entity, year.Value, report.Value, asOf, period, values.ToImmutable()) { Locations = locations.ToImmutable() };
        }

        private ReportKind? ReadReport(YamlNode node)
        {
            switch (_r.Text(node, "report"))
            {
                case "annual":
                    return ReportKind.Annual;
                case "interim":
                    return ReportKind.Interim;
                case null:
                    return null;
                case var other:
                    _r.Error(node, $"report is '{other}'; it must be annual (årsredovisning) or interim (delårsrapport)");
                    return null;
            }
        }

        private ReportPeriod? ReadPeriod(YamlNode node)
        {
            var text = _r.Text(node, "period");
            if (text is null)
            {
                return null;
            }

            if (ReportPeriodNames.TryParse(text, out var period))
            {
                return period;
            }

            _r.Error(node, $"period is '{text}'; it must be DÅ04, DÅ08 or ÅR");
            return null;
        }

        private IndicatorData? ReadIndicator(string id, YamlNode node, Indicator? indicator)
        {
            var what = $"'{id}'";
            if (indicator?.Type == IndicatorValueType.Assessment || (indicator is null && node is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("status"))))
            {
                return ReadAssessment(node, what);
            }

            if (indicator is not null)
            {
                var problem = (indicator.Shape, node) switch
                {
                    (IndicatorShape.Dated, not YamlSequenceNode) => $"{what} is a dated series; write a list of {{date: yyyy-mm-dd, value: n}}",
                    (not IndicatorShape.Dated, YamlSequenceNode) => $"{what} is not a dated series; write a value or a value per year",
                    (IndicatorShape.YearlyByKey, YamlScalarNode) => $"{what} is broken down by {indicator.Dimension!.Name}; give a value per key, e.g. {{{_year}: {{{string.Join(", ", indicator.Dimension.Keys.Take(2).Select(k => k + ": …"))}}}}}",
                    _ => null,
                };
                if (problem is not null)
                {
                    _r.Error(node, problem);
                    return null;
                }
            }

            return node switch
            {
                YamlSequenceNode list => ReadSeries(list, what),
                YamlScalarNode scalar => ReadYear(IndicatorData.Empty, _year, scalar, indicator, what),
                YamlMappingNode map => ReadMapping(map, indicator, what),
                _ => null,
            };
        }

        private IndicatorData? ReadMapping(YamlMappingNode map, Indicator? indicator, string what)
        {
            var data = IndicatorData.Empty;
            var byYear = map.Children.Keys.All(k => k is YamlScalarNode { Value: { } v } && v.Length == 4 && ScalarText.TryInteger(v, out _));
            if (!byYear && indicator is not null && indicator.Shape != IndicatorShape.YearlyByKey)
            {
                var key = map.Children.Keys.First(k => !(k is YamlScalarNode { Value: { } y } && y.Length == 4 && ScalarText.TryInteger(y, out _)));
                return Fail(key, $"{YamlSource.Describe(key)} is not a year; {what} is not broken down by any key, so write a value or a value per year, e.g. {{{_year - 1}: …, {_year}: …}}");
            }

            if (!byYear)
            {
                // A breakdown for the assessed year only: {K: 76, M: 90}.
                return ReadKeys(data, _year, map, indicator, what);
            }

            foreach (var (keyNode, valueNode) in map.Children)
            {
                ScalarText.TryInteger(((YamlScalarNode)keyNode).Value!, out var year);
                var next = valueNode switch
                {
                    YamlScalarNode s => ReadYear(data, year, s, indicator, $"{what} for {year}"),
                    YamlMappingNode keyed => ReadKeys(data, year, keyed, indicator, $"{what} for {year}"),
                    _ => Fail(valueNode, $"{what} for {year} should be a value or a value per key, not {YamlSource.Describe(valueNode)}"),
                };
                data = next ?? data;
            }

            return data;
        }

        private IndicatorData? ReadYear(IndicatorData data, int year, YamlScalarNode node, Indicator? indicator, string what)
        {
            if (indicator?.Shape == IndicatorShape.YearlyByKey)
            {
                return Fail(node, $"{what} is broken down by {indicator.Dimension!.Name}; give a value per key ({string.Join(", ", indicator.Dimension.Keys)})");
            }

            var isFlag = indicator?.Type == IndicatorValueType.YesNo || (indicator is null && ScalarText.TryBool(node.Value ?? string.Empty, out _));
            if (isFlag)
            {
                return _r.Bool(node, $"{what} (yes/no)") is { } b ? data with { Flags = data.Flags.SetItem(year, b) } : null;
            }

            return Count(_r.Number(node, what), node, indicator, what) is { } n ? data with { Years = data.Years.SetItem(year, n) } : null;
        }

        private IndicatorData? ReadKeys(IndicatorData data, int year, YamlMappingNode map, Indicator? indicator, string what)
        {
            if (indicator is not null && indicator.Shape != IndicatorShape.YearlyByKey)
            {
                return Fail(map, $"{what} is not broken down by any key; write one value per year");
            }

            var keys = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (indicator?.Dimension is { } dimension && !dimension.Keys.Contains(key))
                {
                    _r.Error(keyNode, $"'{key}' is not a key of {dimension.Name}{Suggestions.DidYouMean(key, dimension.Keys)}; {what} takes {string.Join(", ", dimension.Keys)}");
                    continue;
                }

                if (Count(_r.Number(valueNode, $"{what}, {key}"), valueNode, indicator, $"{what}, {key}") is { } n)
                {
                    keys[key] = n;
                }
            }

            return data with { Keyed = data.Keyed.SetItem(year, keys.ToImmutable()) };
        }

        private IndicatorData? ReadSeries(YamlSequenceNode list, string what)
        {
            var series = new List<DatedValue>();
            var seen = new Dictionary<DateOnly, int>();
            foreach (var item in list)
            {
                if (_r.Mapping(item, $"an observation of {what}") is not { } map)
                {
                    continue;
                }

                var date = map.Required("date") is { } d ? _r.Date(d, $"the date of an observation of {what}") : null;
                var value = map.Required("value") is { } v ? _r.Number(v, $"the value of {what}") : null;
                map.RejectUnknownKeys("date", "value");
                if (date is { } day && seen.TryGetValue(day, out var line))
                {
                    _r.Error(item, $"{what} has two observations dated {day:yyyy-MM-dd} (the first at line {line})");
                    continue;
                }

                if (date is { } dd && value is { } vv)
                {
                    seen[dd] = _r.At(item).Line;
                    series.Add(new DatedValue(dd, vv));
                }
            }

            return IndicatorData.Empty with { Series = series.OrderBy(s => s.Date).ToImmutableArray() };
        }

        private IndicatorData? ReadAssessment(YamlNode node, string what)
        {
            if (_r.Mapping(node, $"the assessment {what}") is not { } map)
            {
                return null;
            }

            var statusNode = map.Required("status");
            var comment = map.Optional("comment") is { } c ? _r.Text(c, $"the comment of {what}", allowEmpty: true) : null;
            var by = map.Optional("assessedBy") is { } b ? _r.Text(b, $"assessedBy of {what}") : null;
            map.RejectUnknownKeys("status", "comment", "assessedBy");
            var text = statusNode is null ? null : _r.Text(statusNode, $"the status of {what}");
            if (text is null)
            {
                return null;
            }

            if (!GoalStatusNames.TryParse(text, out var status) || status is GoalStatus.Monitored or GoalStatus.NotEvaluable)
            {
                _r.Error(statusNode!, $"the status of {what} is '{text}'; it must be met, partly-met or not-met");
                return null;
            }

            return IndicatorData.Empty with { Assessment = new ManualAssessment(status, comment, by) };
        }

        /// <summary>Refuses a negative count: "-5 meetings" is an export or typing error that a ratio criterion would judge silently.</summary>
        private decimal? Count(decimal? number, YamlNode node, Indicator? indicator, string what)
        {
            if (number < 0 && indicator?.Unit == "antal")
            {
                _r.Error(node, $"{what} is a count (antal) and cannot be negative, but it is {((YamlScalarNode)node).Value}");
                return null;
            }

            return number;
        }

                private IndicatorData? Fail(YamlNode node, string message)
        {
            _r.Error(node, message);
            return null;
        }
    }
}
