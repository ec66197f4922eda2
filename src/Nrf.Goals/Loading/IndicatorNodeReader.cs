using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads one indicator's entry of a values document's <c>values:</c> into statements for the
/// <see cref="ValuesDocumentBuilder"/>: a value, a value per year, per key or per year and key, a dated series, an
/// assessment or an activity. The nesting is the shape, so a node of the wrong kind for its indicator is refused here, in
/// YAML's terms, before any statement is made of it.
/// </summary>
internal sealed class IndicatorNodeReader(NodeReader r, ValuesDocumentBuilder builder, int year)
{
    private readonly NodeReader _r = r;

    /// <summary>Reads the entry <paramref name="keyNode"/>: <paramref name="node"/> of <paramref name="indicator"/> (null without a rule set).</summary>
    public void Read(string id, YamlNode keyNode, YamlNode node, Indicator? indicator)
    {
        var what = $"'{id}'";
        var at = _r.At(keyNode);
        if (indicator?.Type == IndicatorValueType.Activity)
        {
            ReadAssessment(id, at, node, what, activity: true);
            return;
        }

        if (indicator?.Type == IndicatorValueType.Assessment || (indicator is null && node is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("status"))))
        {
            ReadAssessment(id, at, node, what);
            return;
        }

        if (IsMissing(node) && indicator?.Shape != IndicatorShape.YearlyByKey)
        {
            // {missing: reason} stands where the assessed year's value would.
            ReadMissing(new ValueStatement(id, ValueKind.Number, _r.At(node)) { IndicatorAt = at }, (YamlMappingNode)node, indicator, what);
            return;
        }

        if (indicator is not null)
        {
            var problem = (indicator.Shape, node) switch
            {
                (IndicatorShape.Dated, not YamlSequenceNode) => $"{what} is a dated series; write a list of {{date: yyyy-mm-dd, value: n}}",
                (not IndicatorShape.Dated, YamlSequenceNode) => $"{what} is not a dated series; write a value or a value per year",
                (IndicatorShape.YearlyByKey, YamlScalarNode) => $"{what} is broken down by {indicator.Dimension!.Name}; give a value per key, e.g. {{{year}: {{{string.Join(", ", indicator.Dimension.Keys.Take(2).Select(k => k + ": …"))}}}}}",
                _ => null,
            };
            if (problem is not null)
            {
                _r.Error(node, problem);
                return;
            }
        }

        switch (node)
        {
            case YamlSequenceNode list:
                ReadSeries(id, at, list, what);
                break;
            case YamlScalarNode scalar:
                ReadYear(new ValueStatement(id, ValueKind.Number, _r.At(scalar)) { IndicatorAt = at }, scalar, indicator, what);
                break;
            case YamlMappingNode map:
                ReadMapping(id, at, map, indicator, what);
                break;
        }
    }

    private void ReadMapping(string id, SourceLocation at, YamlMappingNode map, Indicator? indicator, string what)
    {
        var byYear = map.Children.Keys.All(k => k is YamlScalarNode { Value: { } v } && v.Length == 4 && ValueText.TryInteger(v, out _));
        if (!byYear && indicator is not null && indicator.Shape != IndicatorShape.YearlyByKey)
        {
            var key = map.Children.Keys.First(k => !(k is YamlScalarNode { Value: { } y } && y.Length == 4 && ValueText.TryInteger(y, out _)));
            _r.Error(key, $"{YamlSource.Describe(key)} is not a year; {what} is not broken down by any key, so write a value or a value per year, e.g. {{{year - 1}: …, {year}: …}}");
            return;
        }

        // An indicator written with an empty mapping is present, with no values.
        builder.Declare(new ValueStatement(id, ValueKind.Number, at));
        if (!byYear)
        {
            // A breakdown for the assessed year only: {K: 76, M: 90}.
            ReadKeys(id, at, null, map, indicator, what);
            return;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            ValueText.TryInteger(((YamlScalarNode)keyNode).Value!, out var y);
            var named = $"{what} for {y}";
            switch (valueNode)
            {
                case YamlScalarNode s:
                    ReadYear(new ValueStatement(id, ValueKind.Number, _r.At(s)) { IndicatorAt = at, Year = y }, s, indicator, named);
                    break;
                case YamlMappingNode missing when IsMissing(missing) && indicator?.Shape != IndicatorShape.YearlyByKey:
                    ReadMissing(new ValueStatement(id, ValueKind.Number, _r.At(missing)) { IndicatorAt = at, Year = y }, missing, indicator, named);
                    break;
                case YamlMappingNode keyed:
                    ReadKeys(id, at, y, keyed, indicator, named);
                    break;
                default:
                    _r.Error(valueNode, $"{named} should be a value or a value per key, not {YamlSource.Describe(valueNode)}");
                    break;
            }
        }
    }

    private void ReadYear(ValueStatement statement, YamlScalarNode node, Indicator? indicator, string what)
    {
        if (indicator?.Shape == IndicatorShape.YearlyByKey)
        {
            _r.Error(node, $"{what} is broken down by {indicator.Dimension!.Name}; give a value per key ({MessageList.Join(indicator.Dimension.Keys)})");
            return;
        }

        var isFlag = indicator?.Type == IndicatorValueType.YesNo || (indicator is null && ValueText.TryBool(node.Value ?? string.Empty, out _));
        if (isFlag)
        {
            if (_r.Bool(node, $"{what} (yes/no)") is { } b)
            {
                builder.AddYesNo(statement with { Kind = ValueKind.YesNo }, b);
            }

            return;
        }

        if (_r.Number(node, what) is { } n)
        {
            builder.AddNumber(statement, n, node.Value);
        }
    }

    private void ReadKeys(string id, SourceLocation at, int? keysYear, YamlMappingNode map, Indicator? indicator, string what)
    {
        if (indicator is not null && indicator.Shape != IndicatorShape.YearlyByKey)
        {
            _r.Error(map, $"{what} is not broken down by any key; write one value per year");
            return;
        }

        // The year is present even when none of its keys is (2023: {}).
        builder.Declare(new ValueStatement(id, ValueKind.Keyed, at) { Year = keysYear });
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var statement = new ValueStatement(id, ValueKind.Keyed, _r.At(valueNode)) { IndicatorAt = at, Year = keysYear, Key = key, KeyAt = _r.At(keyNode) };
            if (key == MissingKey && indicator?.Dimension is { } dimension && !dimension.HasKey(key))
            {
                // {missing: …} where a value per key is expected: the whole year, which the format says key by key.
                _r.Error(keyNode, $"{what} is broken down by {dimension.Name}; say which value is missing key by key, e.g. {{{dimension.Keys[0]}: {{missing: saknas i Kolada}}}}");
                continue;
            }

            if (valueNode is YamlMappingNode missing && IsMissing(missing))
            {
                if (builder.CheckKey(statement))
                {
                    ReadMissing(statement, missing, indicator, $"{what}, {key}");
                }

                continue;
            }

            if (builder.CheckKey(statement) && _r.Number(valueNode, $"{what}, {key}") is { } n)
            {
                builder.AddNumber(statement, n, (valueNode as YamlScalarNode)?.Value);
            }
        }
    }

    /// <summary>The key of a missing value's mapping: <c>{missing: saknas i Kolada}</c>.</summary>
    private const string MissingKey = "missing";

    /// <summary>True for a mapping that says a value is missing (<c>{missing: reason}</c>) rather than giving values per year or key.</summary>
    private static bool IsMissing(YamlNode node) => node is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode(MissingKey));

    /// <summary>Reads <c>{missing: reason}</c> in place of a number or yes/no value: the value is missing, and why.</summary>
    private void ReadMissing(ValueStatement statement, YamlMappingNode node, Indicator? indicator, string what)
    {
        if (indicator?.Shape == IndicatorShape.Dated)
        {
            _r.Error(node, $"{what} is a dated series; leave out an observation that is missing, as a series has no {{missing: …}}");
            return;
        }

        var map = new MappingReader(_r, node, $"the missing value {what}");
        var reasonNode = map.Required(MissingKey)!;
        map.RejectUnknownKeys(MissingKey);
        if (_r.Text(reasonNode, $"why {what} is missing") is not { } reason)
        {
            return;
        }

        var kind = statement.Kind == ValueKind.Keyed ? ValueKind.Keyed : indicator?.Type == IndicatorValueType.YesNo ? ValueKind.YesNo : ValueKind.Number;
        builder.AddMissing(statement with { Kind = kind, ValueAt = _r.At(reasonNode) }, reason);
    }

    private void ReadSeries(string id, SourceLocation at, YamlSequenceNode list, string what)
    {
        builder.Declare(new ValueStatement(id, ValueKind.Number, at));
        foreach (var item in list)
        {
            if (_r.Mapping(item, $"an observation of {what}") is not { } map)
            {
                continue;
            }

            var date = map.Required("date") is { } d ? _r.Date(d, $"the date of an observation of {what}") : null;
            var valueNode = map.Required("value");
            var value = valueNode is null ? null : _r.Number(valueNode, $"the value of {what}");
            map.RejectUnknownKeys("date", "value");
            if (date is { } day && value is { } v)
            {
                // One observation per date; a second is refused at its item, naming the first's line.
                builder.AddNumber(new ValueStatement(id, ValueKind.Observation, _r.At(item)) { IndicatorAt = at, Date = day }, v, (valueNode as YamlScalarNode)?.Value);
            }
        }
    }

    private void ReadAssessment(string id, SourceLocation at, YamlNode node, string what, bool activity = false)
    {
        var kind = activity ? "the activity" : "the assessment";
        if (_r.Mapping(node, $"{kind} {what}") is not { } map)
        {
            return;
        }

        var statusNode = map.Required("status");
        var commentNode = map.Optional("comment");
        var comment = commentNode is null ? null : _r.Text(commentNode, $"the comment of {what}", allowEmpty: true);
        var by = map.Optional("assessedBy") is { } b ? _r.Text(b, $"assessedBy of {what}") : null;
        map.RejectUnknownKeys("status", "comment", "assessedBy");
        var text = statusNode is null ? null : _r.Text(statusNode, $"the status of {what}");
        if (text is null)
        {
            return;
        }

        var statement = new ValueStatement(id, activity ? ValueKind.Activity : ValueKind.Assessment, _r.At(node)) { IndicatorAt = at, CommentAt = commentNode is null ? null : _r.At(commentNode) };
        if (activity)
        {
            if (ActivityStateNames.TryParse(text, out var state))
            {
                builder.AddActivity(statement, new ActivityReport(state, comment, by));
            }
            else
            {
                _r.Error(statusNode!, ActivityStateNames.Refusal(text, what));
            }

            return;
        }

        if (GoalStatusNames.TryParseAssessment(text, out var status))
        {
            builder.AddAssessment(statement, new ManualAssessment(status, comment, by));
        }
        else
        {
            _r.Error(statusNode!, GoalStatusNames.AssessmentRefusal(text, what));
        }
    }
}
