using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads a values document from YAML nodes (JSON is YAML too) into a <see cref="ValuesDocumentBuilder"/>: the header,
/// <c>values:</c> and <c>covers:</c>. Rule test files reuse it for inline documents and for a case's <c>set:</c>.
/// </summary>
internal sealed class ValuesDocumentReader
{
    private static readonly string[] RootKeys = ["entity", "year", "report", "asOf", "period", "covers", "values"];

    private readonly NodeReader _r;
    private readonly ValuesHeaderOverrides? _overrides;
    private readonly ValuesDocumentBuilder _builder;

    public ValuesDocumentReader(NodeReader reader, RuleSet? ruleSet, ValuesHeaderOverrides? overrides = null)
    {
        _r = reader;
        _overrides = overrides;
        _builder = new ValuesDocumentBuilder(ruleSet, ValuesSourceForm.Document, reader.Bag);
    }

    /// <summary>The document, or null when its header is incomplete; every problem is in the reader's bag.</summary>
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
        var report = Header("report", _overrides?.Report is not null) is { } rn ? ReadReport(_r, rn, "report") : null;
        var asOfNode = map.Optional("asOf");
        var asOf = asOfNode is null ? null : _r.Date(asOfNode, "asOf");
        var periodNode = map.Optional("period");
        var period = periodNode is null ? null : ReadPeriod(_r, periodNode, "period");
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
        _builder.SetHeader(header);
        ReadValuesOf(valuesNode, header.Year ?? 0);
        if (coversNode is not null)
        {
            ReadCovers(coversNode);
        }

        return _builder.Assemble();
    }

    /// <summary>Reads the <c>values:</c> mapping of a rule test's <c>set:</c>, its values without a year being <paramref name="year"/>'s.</summary>
    public (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, SourceLocation> Locations) ReadValues(YamlNode? valuesNode, int year)
    {
        ReadValuesOf(valuesNode, year);
        return _builder.AssembleValues(year);
    }

    private void ReadValuesOf(YamlNode? valuesNode, int year)
    {
        if (valuesNode is null || valuesNode is YamlScalarNode { Value: "" or null } || _r.Mapping(valuesNode, "values") is not { } valuesMap)
        {
            return;
        }

        var indicators = new IndicatorNodeReader(_r, _builder, year);
        foreach (var (keyNode, valueNode) in valuesMap.Entries)
        {
            if (_r.Text(keyNode, "an indicator id") is { } id && _builder.TryIndicator(id, _r.At(keyNode), out var indicator))
            {
                indicators.Read(id, keyNode, valueNode, indicator);
            }
        }
    }

    /// <summary>
    /// Reads <c>covers:</c> — what the values of each named indicator cover (<c>{remote_visits: tertial}</c>), where the
    /// report's period leaves it open.
    /// </summary>
    private void ReadCovers(YamlNode node)
    {
        if (_r.Mapping(node, "covers") is not { } map)
        {
            return;
        }

        foreach (var (keyNode, valueNode) in map.Entries)
        {
            if (_r.Text(keyNode, "an indicator id in covers") is not { } id || !_builder.CheckCoversIndicator(id, _r.At(keyNode)))
            {
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

            _builder.StateCovers(id, kind, _r.At(valueNode));
        }
    }

    /// <summary>The kind of report <paramref name="node"/> names (annual, interim); null after reporting another. A rule test's case reads its <c>report:</c> here too.</summary>
    public static ReportKind? ReadReport(NodeReader r, YamlNode node, string what)
    {
        switch (r.Text(node, what))
        {
            case null:
                return null;
            case var text when ReportKindNames.TryParse(text, out var kind):
                return kind;
            case var other:
                r.Error(node, $"report is '{other}'; it must be annual (årsredovisning) or interim (delårsrapport)");
                return null;
        }
    }

    /// <summary>The report period <paramref name="node"/> names (DÅ04, DÅ08, ÅR); null after reporting another. A rule test's case reads its <c>period:</c> here too.</summary>
    public static ReportPeriod? ReadPeriod(NodeReader r, YamlNode node, string what)
    {
        var text = r.Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (ReportPeriodNames.TryParse(text, out var period))
        {
            return period;
        }

        r.Error(node, $"period is '{text}'; it must be {ReportPeriodNames.Expected}");
        return null;
    }
}
