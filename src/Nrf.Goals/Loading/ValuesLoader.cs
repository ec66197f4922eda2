using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads a values document: YAML (or JSON of the same structure); values tables from CSV or Excel are read by
/// <c>ValuesTables</c> in the Nrf.Goals.Tables package, with the same checks. Given the rule set, it also checks the
/// values against the declared indicators: shapes, breakdown keys, yes/no versus numbers, the entity and the rule set's
/// validity — the same checks, with the same words, for every format.
/// </summary>
public static class ValuesLoader
{
    private static readonly string[] RootKeys = ["entity", "year", "report", "asOf", "period", "covers", "values"];

    /// <summary>
    /// Loads the values file at <paramref name="path"/>, by its extension (.yaml, .yml, .json); with
    /// <paramref name="ruleSet"/>, checks it against the rule set. <paramref name="overrides"/> replace the header (entity,
    /// year, report, period, asOf) — for CSV and Excel, which have no header, they replace the defaults.
    /// </summary>
    /// <exception cref="NrfGoalsException">The file is missing, of an unknown kind, or has problems; every one is listed.</exception>
    public static ValuesDocument Load(string path, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (bytes, format) = ReadInput(path);
        return Read(bytes, path, format, ruleSet, overrides);
    }

    /// <summary>Loads values from a stream; <paramref name="sourceName"/> names it in errors and its extension picks the format.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static ValuesDocument Load(Stream stream, string sourceName, RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var (bytes, format) = ReadInput(stream, sourceName);
        return Read(bytes, sourceName, format, ruleSet, overrides);
    }

    /// <summary>The bytes of the values file at <paramref name="path"/> and its format by extension, for every values reader.</summary>
    /// <exception cref="NrfGoalsException">The file is missing, a folder, or of an unknown kind.</exception>
    internal static (byte[] Bytes, string Format) ReadInput(string path)
    {
        var bag = new DiagnosticBag();
        // A folder has no extension either; reading it first says "is a folder", not "not a values format".
        var format = Directory.Exists(path) ? ".yaml" : FormatOf(path, bag);
        bag.ThrowIfErrors();
        var bytes = InputFile.ReadBytes(path, bag);
        bag.ThrowIfErrors();
        return (bytes!, format);
    }

    /// <summary>The bytes of a values stream and its format by <paramref name="sourceName"/>'s extension (YAML without one).</summary>
    /// <exception cref="NrfGoalsException">The name has an unknown extension, or the stream cannot be read.</exception>
    internal static (byte[] Bytes, string Format) ReadInput(Stream stream, string sourceName)
    {
        var bag = new DiagnosticBag();
        var format = Path.HasExtension(sourceName) ? FormatOf(sourceName, bag) : ".yaml";
        bag.ThrowIfErrors();
        var bytes = InputFile.ReadBytes(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return (bytes!, format);
    }

    /// <summary>Reads values from YAML or JSON text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text has problems; every one is listed.</exception>
    public static ValuesDocument Parse(string text, string sourceName = "values.yaml", RuleSet? ruleSet = null, ValuesHeaderOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var root = YamlSource.LoadRoot(text, sourceName, "a values document", bag);
        bag.ThrowIfErrors();
        var document = new Reader(new NodeReader(sourceName, bag), ruleSet, overrides).Read(root!);
        bag.ThrowIfErrors();
        return document! with { Warnings = bag.Items.ToImmutableArray() };
    }

    internal static ValuesDocument Read(byte[] bytes, string name, string format, RuleSet? ruleSet, ValuesHeaderOverrides? overrides)
    {
        if (format is ".yaml" or ".yml" or ".json")
        {
            var textBag = new DiagnosticBag();
            var text = InputText.Decode(bytes, name, textBag);
            textBag.ThrowIfErrors();
            return Parse(text, name, ruleSet, overrides);
        }

        // CSV and Excel readers live in the Nrf.Goals.Tables package, so that the core does not depend on them.
        throw new NrfGoalsException([new Diagnostic(new SourceLocation(name, 1, 1),
            $"a {(format == ".csv" ? "CSV" : "Excel")} values table is read by the Nrf.Goals.Tables package: ValuesTables.Load(path, ruleSet) reads every values format")]);
    }

    /// <summary>The format of a values file by its extension (.yaml, .yml, .json, .csv, .xlsx); anything else is an error in <paramref name="bag"/>.</summary>
    private static string FormatOf(string path, DiagnosticBag bag)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".yaml" or ".yml" or ".json" or ".csv" or ".xlsx":
                return extension;
            case ".xls":
                bag.Error(new SourceLocation(path, 1, 1), "old Excel files (.xls) are not read; save the workbook as .xlsx (Excel-arbetsbok) or as CSV");
                return extension;
            default:
                bag.Error(new SourceLocation(path, 1, 1), $"{(extension.Length == 0 ? "a file without an extension" : $"'{extension}'")} is not a values format; use .yaml, .yml, .json, .csv or .xlsx");
                return extension;
        }
    }

    /// <summary>Reads values documents from YAML nodes; rule test files reuse it for inline documents and <c>set:</c>.</summary>
    internal sealed class Reader
    {
        private readonly NodeReader _r;
        private readonly RuleSet? _ruleSet;
        private readonly ValuesHeaderOverrides? _overrides;
        private readonly HashSet<string> _used;
        private int _year;

        public Reader(NodeReader reader, RuleSet? ruleSet, ValuesHeaderOverrides? overrides = null)
        {
            _r = reader;
            _ruleSet = ruleSet;
            _overrides = overrides;
            _used = new HashSet<string>(ruleSet is null ? [] : GoalReferences.Indicators(ruleSet.Goals, ruleSet.Policy), StringComparer.Ordinal);
        }

        public ValuesDocument? Read(YamlMappingNode root)
        {
            var map = new MappingReader(_r, root, "the values document");
            var rootAt = _r.At(root);

            // A fact given from outside (the CLI's --year …) may be missing from the file; otherwise it is required.
            YamlNode? Header(string key, bool overridden) => overridden ? map.Optional(key) : map.Required(key);
            var entityNode = Header("entity", _overrides?.Entity is not null);
            var entity = entityNode is null ? null : _r.Text(entityNode, "entity");
            var yearNode = Header("year", _overrides?.Year is not null);
            var year = yearNode is null ? null : _r.Integer(yearNode, "year");
            var report = Header("report", _overrides?.Report is not null) is { } rn ? ReadReport(rn) : null;
            var asOfNode = map.Optional("asOf");
            var asOf = asOfNode is null ? null : _r.Date(asOfNode, "asOf");
            var periodNode = map.Optional("period");
            var period = periodNode is null ? null : ReadPeriod(periodNode);
            var coversNode = map.Optional("covers");
            var valuesNode = map.Required("values");
            map.RejectUnknownKeys(RootKeys);

            var header = new ValuesHeaderFacts(
                entity,
                entityNode is null ? rootAt : _r.At(entityNode),
                year,
                yearNode is null ? rootAt : _r.At(yearNode),
                report,
                period,
                periodNode is null ? rootAt : _r.At(periodNode),
                asOf,
                asOfNode is null ? rootAt : _r.At(asOfNode)).With(_overrides);
            (entity, year, report, period, asOf) = (header.Entity, header.Year, header.Report, header.Period, header.AsOf);
            _year = year ?? 0;
            ValueChecks.Header(header, _ruleSet, _r.Bag);

            var (values, locations) = ReadValues(valuesNode);
            var (covers, coversAt) = coversNode is null ? ([], []) : ReadCovers(coversNode);

            if (entity is null || year is null || report is null)
            {
                return null;
            }

            var document = new ValuesDocument(entity, year.Value, report.Value, asOf, period, values)
            {
                Locations = locations,
                Covers = covers.ToImmutableSortedDictionary(StringComparer.Ordinal),
                CoversLocations = coversAt.ToImmutableDictionary(StringComparer.Ordinal),
            };
            ValuePeriodCheck.Check(document, _ruleSet, ValuePeriodCheck.InDocument, _r.Bag);
            return document;
        }

        /// <summary>
        /// Reads <c>covers:</c> — what the values of each named indicator cover (<c>{remote_visits: tertial}</c>), where
        /// the report's period leaves it open.
        /// </summary>
        private (Dictionary<string, ValuePeriod> Covers, Dictionary<string, SourceLocation> At) ReadCovers(YamlNode node)
        {
            var covers = new Dictionary<string, ValuePeriod>(StringComparer.Ordinal);
            var at = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            if (_r.Mapping(node, "covers") is not { } map)
            {
                return (covers, at);
            }

            foreach (var (keyNode, valueNode) in map.Entries)
            {
                if (_r.Text(keyNode, "an indicator id in covers") is not { } id)
                {
                    continue;
                }

                if (_ruleSet is not null && _ruleSet.FindIndicator(id) is null)
                {
                    _r.Error(keyNode, $"covers names '{id}', which is not an indicator of the rule set '{_ruleSet.Id}'{Suggestions.DidYouMean(id, _ruleSet.Indicators.Select(i => i.Id))}");
                    continue;
                }

                var text = _r.Text(valueNode, $"what the values of '{id}' cover");
                if (text is null)
                {
                    continue;
                }

                if (!ValuePeriodNames.TryParse(text, out var kind))
                {
                    _r.Error(valueNode, $"covers says the values of '{id}' cover '{text}'; write {ValuePeriodNames.Expected}");
                    continue;
                }

                covers[id] = kind;
                at[id] = _r.At(valueNode);
            }

            return (covers, at);
        }

        /// <summary>Reads the <c>values:</c> mapping of a document (or of a rule test's <c>set:</c>) for the assessed <paramref name="year"/>.</summary>
        public (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, Diagnostics.SourceLocation> Locations) ReadValues(YamlNode? valuesNode, int year)
        {
            _year = year;
            return ReadValues(valuesNode);
        }

        private (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, Diagnostics.SourceLocation> Locations) ReadValues(YamlNode? valuesNode)
        {
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
                        _r.Bag.Warning(_r.At(keyNode), ValueChecks.Undeclared(id, _ruleSet), DiagnosticCodes.UnknownIndicator);
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

            return (values.ToImmutable(), locations.ToImmutable());
        }

        private ReportKind? ReadReport(YamlNode node)
        {
            switch (_r.Text(node, "report"))
            {
                case null:
                    return null;
                case var text when ReportKindNames.TryParse(text, out var kind):
                    return kind;
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

            _r.Error(node, $"period is '{text}'; it must be {ReportPeriodNames.Expected}");
            return null;
        }

        private IndicatorData? ReadIndicator(string id, YamlNode node, Indicator? indicator)
        {
            var what = $"'{id}'";
            if (indicator?.Type == IndicatorValueType.Activity)
            {
                return ReadAssessment(node, what, activity: true);
            }

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
                return Fail(node, $"{what} is broken down by {indicator.Dimension!.Name}; give a value per key ({MessageList.Join(indicator.Dimension.Keys)})");
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
                if (indicator?.Dimension is { } dimension && !dimension.HasKey(key))
                {
                    _r.Error(keyNode, ValueChecks.NotAKey(key, dimension, what));
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

        private IndicatorData? ReadAssessment(YamlNode node, string what, bool activity = false)
        {
            var kind = activity ? "the activity" : "the assessment";
            if (_r.Mapping(node, $"{kind} {what}") is not { } map)
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

            if (activity)
            {
                if (ActivityStateNames.TryParse(text, out var state))
                {
                    return IndicatorData.Empty with { Activity = new ActivityReport(state, comment, by) };
                }

                _r.Error(statusNode!, $"the status of the activity {what} is '{text}'; it must be {ActivityStateNames.Expected}");
                return null;
            }

            if (!ValueChecks.TryStatus(text, what, out var status, out var problem))
            {
                _r.Error(statusNode!, problem!);
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
