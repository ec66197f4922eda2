using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Reads one case of a rule test file: its name, the values it starts from and how it changes them (another year,
/// report, period or cut-off date; indicators unset or set), checked as a values file is, and what it expects.
/// </summary>
internal sealed class RuleTestCaseReader
{
    private static readonly string[] CaseKeys = ["name", "values", "year", "report", "period", "asOf", "set", "unset", "expect"];

    private readonly NodeReader _r;
    private readonly RuleSet _ruleSet;
    private readonly string _path;
    private readonly Func<YamlNode, string, ValuesDocument?> _readValuesSource;
    private readonly RuleTestExpectationReader _expectations;

    /// <param name="reader">The test file's reader.</param>
    /// <param name="ruleSet">The rule set the file tests.</param>
    /// <param name="path">The test file.</param>
    /// <param name="readValuesSource">Reads a case's <c>values:</c>, a file or an inline document.</param>
    public RuleTestCaseReader(NodeReader reader, RuleSet ruleSet, string path, Func<YamlNode, string, ValuesDocument?> readValuesSource)
    {
        _r = reader;
        _ruleSet = ruleSet;
        _path = path;
        _readValuesSource = readValuesSource;
        _expectations = new RuleTestExpectationReader(reader, ruleSet);
    }

    /// <summary>The case <paramref name="node"/>; null after reporting what makes it unusable.</summary>
    /// <param name="node">The case.</param>
    /// <param name="fileValues">The values the file gives its cases, if it gives any.</param>
    /// <param name="fileHasValues">True when the file names values (that may have failed to load).</param>
    /// <param name="names">The names of the cases read so far, with their lines.</param>
    public RuleTestCase? Read(YamlNode node, ValuesDocument? fileValues, bool fileHasValues, Dictionary<string, int> names)
    {
        // The name is peeked first so that every message about the case, even a missing key, can name it.
        var peeked = node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? v.Trim()
            : null;
        var what = peeked is null ? "a case" : $"case '{peeked}'";
        if (_r.Mapping(node, what) is not { } map)
        {
            return null;
        }

        var nameNode = map.Required("name");
        var name = nameNode is null ? null : _r.Text(nameNode, "the case's name")?.Trim();
        var valuesNode = map.Optional("values");
        var yearNode = map.Optional("year");
        var reportNode = map.Optional("report");
        var periodNode = map.Optional("period");
        var asOfNode = map.Optional("asOf");
        var setNode = map.Optional("set");
        var unsetNode = map.Optional("unset");
        var expectNode = map.Required("expect");
        map.RejectUnknownKeys(CaseKeys);

        if (name is not null)
        {
            NoteName(nameNode!, name, names);
        }

        var values = valuesNode is not null
            ? _readValuesSource(valuesNode, $"the values of {what}")
            : fileHasValues ? fileValues : Empty();
        var expect = expectNode is null ? null : _expectations.Read(expectNode, what);
        if (values is null)
        {
            return null;
        }

        values = Change(values, new Changes(yearNode, reportNode, periodNode, asOfNode, setNode, unsetNode), what);
        if (name is null || expect is null)
        {
            return null;
        }

        return new RuleTestCase(_path, name, _ruleSet, values, expect, _r.At(node));
    }

    /// <summary>Notes a case's name, reporting one used by an earlier case.</summary>
    private void NoteName(YamlNode nameNode, string name, Dictionary<string, int> names)
    {
        if (names.TryGetValue(name, out var first))
        {
            _r.Error(nameNode, $"two cases are named '{name}' (the first at line {first}); give each case its own name");
        }
        else
        {
            names[name] = _r.At(nameNode).Line;
        }
    }

    private ValuesDocument Empty() => new(
        _ruleSet.Entity ?? _ruleSet.Id, _ruleSet.ValidFrom, ReportKind.Annual, null, null, ImmutableSortedDictionary<string, IndicatorData>.Empty);

    /// <summary>The case's values: the values it starts from with its changes, checked as a values file is.</summary>
    private ValuesDocument Change(ValuesDocument values, Changes changes, string what)
    {
        values = Override(values, changes.Year, changes.Report, changes.Period, changes.AsOf, what);
        values = Unset(values, changes.Unset, what);
        values = Set(values, changes.Set, what);
        if ((changes.Year ?? changes.Report ?? changes.Period ?? changes.AsOf ?? changes.Set) is not null)
        {
            // Another period or new values: each value must still be of its indicator's declared kind.
            ValuePeriodCheck.Check(values, _ruleSet, ValuePeriodCheck.InDocument, _r.Bag);
        }

        return values;
    }

    private ValuesDocument Override(ValuesDocument values, YamlNode? yearNode, YamlNode? reportNode, YamlNode? periodNode, YamlNode? asOfNode, string what)
    {
        if (yearNode is not null && _r.Integer(yearNode, $"the year of {what}") is { } year)
        {
            values = values with { Year = year };
        }

        if (reportNode is not null && ValuesDocumentReader.ReadReport(_r, reportNode, $"the report of {what}") is { } kind)
        {
            values = values with { Report = kind };
        }

        if (periodNode is not null && ValuesDocumentReader.ReadPeriod(_r, periodNode, $"the period of {what}") is { } period)
        {
            values = values with { Period = period };
        }

        if (asOfNode is not null && _r.Date(asOfNode, $"asOf of {what}") is { } asOf)
        {
            values = values with { AsOf = asOf };
        }

        // The overridden header must hold together as a values file's header must: the same checks, each blamed on
        // the override that made it wrong. Without overrides the document was checked when it was loaded.
        if ((yearNode ?? reportNode ?? periodNode ?? asOfNode) is { } any)
        {
            var yearAt = _r.At(yearNode ?? any);
            var periodAt = _r.At(periodNode ?? reportNode ?? any);
            var asOfAt = _r.At(asOfNode ?? yearNode ?? reportNode ?? periodNode!);
            var header = new ValuesHeaderFacts(null, yearAt, values.Year, yearAt, values.Report, values.Period, periodAt, values.AsOf, asOfAt);
            ValueChecks.Header(header, _ruleSet, _r.Bag);
        }

        return values;
    }

    private ValuesDocument Unset(ValuesDocument values, YamlNode? node, string what)
    {
        if (node is null)
        {
            return values;
        }

        var items = node is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[node];
        foreach (var item in items)
        {
            if (_r.Text(item, $"an indicator id in unset of {what}") is not { } id)
            {
                continue;
            }

            if (CheckIndicator(item, id))
            {
                values = values with { Values = values.Values.Remove(id), Locations = values.Locations.Remove(id) };
            }
        }

        return values;
    }

    private ValuesDocument Set(ValuesDocument values, YamlNode? node, string what)
    {
        if (node is null || _r.Mapping(node, $"set of {what}") is not { } map)
        {
            return values;
        }

        // Unknown ids are errors here, not the values file's warnings: a misspelt id would make the case test something else.
        var known = new YamlMappingNode();
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            if (_r.Text(keyNode, "an indicator id") is { } id && CheckIndicator(keyNode, id))
            {
                known.Add(keyNode, valueNode);
            }
        }

        var (read, locations) = new ValuesDocumentReader(_r, _ruleSet).ReadValues(known, values.Year);
        return values with { Values = values.Values.SetItems(read), Locations = values.Locations.SetItems(locations) };
    }

    private bool CheckIndicator(YamlNode node, string id)
    {
        if (_ruleSet.FindIndicator(id) is not null)
        {
            return true;
        }

        _r.Error(node, $"'{id}' is not an indicator of the rule set '{_ruleSet.Id}'{Suggestions.DidYouMean(id, _ruleSet.Indicators.Select(i => i.Id))}");
        return false;
    }

    /// <summary>What a case changes in the values it starts from, each change as written.</summary>
    private sealed record Changes(YamlNode? Year, YamlNode? Report, YamlNode? Period, YamlNode? AsOf, YamlNode? Set, YamlNode? Unset);
}
