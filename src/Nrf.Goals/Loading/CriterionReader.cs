using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads a goal's <c>criterion:</c> in each of its forms: an expression or a list of parts, <c>manual</c>, <c>activity</c>,
/// <c>monitor</c>, and targets per year or report period (<c>byYear</c>, <c>byPeriod</c>) within the rule set's validity,
/// a case of which may carry its own explanation (<c>{criterion: …, explanation: …}</c>).
/// </summary>
internal sealed class CriterionReader(NodeReader r, int validFrom, int validTo, ExplanationTemplateReader templates)
{
    private readonly NodeReader _r = r;
    private readonly int _validFrom = validFrom;
    private readonly int _validTo = validTo;

    /// <summary>Reads a criterion; <paramref name="unit"/> is the unit the goal states for its numbers (<c>unit:</c>), if any.</summary>
    public Criterion? Read(YamlNode node, ExpressionSite site, ImmutableArray<Indicator> indicators, string what, string? unit = null)
    {
        switch (node)
        {
            case YamlScalarNode:
                return site.Part(node, null, ExprType.YesNo, $"the criterion of {what}", unit) is { } part
                    ? new ExpressionCriterion(ImmutableArray.Create(part))
                    : null;
            case YamlSequenceNode list:
                return ReadParts(list, site, what, ExprType.YesNo, unit) is { IsDefaultOrEmpty: false } parts ? new ExpressionCriterion(parts) : null;
            case YamlMappingNode mapping:
                var map = new MappingReader(_r, mapping, $"the criterion of {what}");
                string[] forms = ["manual", "activity", "monitor", "byYear", "byPeriod"];
                var present = forms.Where(f => mapping.Children.ContainsKey(new YamlScalarNode(f))).ToArray();
                if (present.Length != 1)
                {
                    map.RejectUnknownKeys(forms);
                    if (present.Length != 1 && mapping.Children.Count > 0 && mapping.Children.Keys.All(k => forms.Contains((k as YamlScalarNode)?.Value)))
                    {
                        _r.Error(node, $"the criterion of {what} must use exactly one of manual, activity, monitor, byYear or byPeriod");
                    }
                    else if (mapping.Children.Count == 0)
                    {
                        _r.Error(node, $"the criterion of {what} is empty");
                    }

                    return null;
                }

                var form = present[0];
                var value = map.Optional(form)!;
                map.RejectUnknownKeys(forms);
                return form switch
                {
                    "manual" => ReadManual(value, indicators, what),
                    "activity" => ReadActivity(value, indicators, what),
                    "monitor" => value is YamlSequenceNode seq
                        ? ReadParts(seq, site, what, ExprType.Number, unit) is { IsDefaultOrEmpty: false } shown ? new MonitorCriterion(shown) : null
                        : site.Part(value, null, ExprType.Number, $"the monitored value of {what}", unit) is { } one ? new MonitorCriterion(ImmutableArray.Create(one)) : null,
                    "byYear" => ReadSchedule(value, site, indicators, what, byYear: true, unit),
                    _ => ReadSchedule(value, site, indicators, what, byYear: false, unit),
                };
            default:
                _r.Error(node, $"the criterion of {what} must be an expression, a list of parts or a mapping");
                return null;
        }
    }

    private ManualCriterion? ReadManual(YamlNode node, ImmutableArray<Indicator> indicators, string what) =>
        ReadIndicatorOf(node, indicators, $"the manual assessment of {what}", IndicatorValueType.Assessment, "'type: assessment' to carry a manual assessment") is { } id
            ? new ManualCriterion(id, _r.At(node))
            : null;

    private ActivityCriterion? ReadActivity(YamlNode node, ImmutableArray<Indicator> indicators, string what) =>
        ReadIndicatorOf(node, indicators, $"the activity of {what}", IndicatorValueType.Activity, "'type: activity' to carry an activity's state (done, in-progress, not-started)") is { } id
            ? new ActivityCriterion(id, _r.At(node))
            : null;

    /// <summary>The id of a declared indicator of <paramref name="type"/> named by <paramref name="node"/>; null after reporting.</summary>
    private string? ReadIndicatorOf(YamlNode node, ImmutableArray<Indicator> indicators, string what, IndicatorValueType type, string declaredWith)
    {
        if (_r.Text(node, what) is not { } id)
        {
            return null;
        }

        var indicator = indicators.FirstOrDefault(i => i.Id == id);
        if (indicator is null || indicator.Type != type)
        {
            _r.Error(node, indicator is null
                ? $"'{id}' is not a declared indicator{Suggestions.DidYouMean(id, indicators.Select(i => i.Id))}"
                : $"'{id}' must be declared with {declaredWith}");
            return null;
        }

        return id;
    }

    private ScheduledCriterion? ReadSchedule(YamlNode node, ExpressionSite site, ImmutableArray<Indicator> indicators, string what, bool byYear, string? unit)
    {
        var label = byYear ? "byYear" : "byPeriod";
        if (_r.Mapping(node, $"{label} of {what}") is not { } map)
        {
            return null;
        }

        var cases = ImmutableArray.CreateBuilder<CriterionCase>();
        // Keys that name one target in two spellings (2021, 02021, +2021; DÅ04, då04, DA04) are distinct to YAML;
        // reading both would let the first silently win.
        var seen = new Dictionary<int, (string Key, int Line)>();
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!ReadScheduleKey(keyNode, key, what, byYear, out var year, out var period))
            {
                continue;
            }

            var target = year ?? (int)period!.Value;
            if (seen.TryGetValue(target, out var first))
            {
                var named = year is { } yy ? $"the year {yy}" : $"the period {ReportPeriodNames.Display(period!.Value)}";
                _r.Error(keyNode, $"'{key}' under {label} of {what} is {named} again ('{first.Key}' at line {first.Line}); give each {(byYear ? "year" : "period")} one target");
                continue;
            }

            seen[target] = (key, _r.At(keyNode).Line);
            var (criterionNode, explanation) = ReadCase(valueNode, site, what, label);
            if (criterionNode is null)
            {
                continue;
            }

            switch (Read(criterionNode, site, indicators, what, unit))
            {
                case null:
                    continue;
                case ActivityCriterion:
                    // An activity is counted apart from the goals, for the whole goal; one that is an activity in
                    // some reports only would be counted as a goal in the others.
                    _r.Error(criterionNode, $"an activity cannot be one case of {label} of {what}; make the whole criterion 'activity: <id>', or declare another goal for the activity");
                    continue;
                case ScheduledCriterion nestedSchedule:
                    // A case's explanation covers the cases nested in it that have none of their own.
                    foreach (var c in nestedSchedule.Cases)
                    {
                        cases.Add(c with { Year = year ?? c.Year, Period = period ?? c.Period, Explanation = c.Explanation ?? explanation });
                    }

                    break;
                case var inner:
                    cases.Add(new CriterionCase(year, period, inner, _r.At(keyNode)) { Explanation = explanation });
                    break;
            }
        }

        return cases.Count == 0 ? null : new ScheduledCriterion(cases.ToImmutable());
    }

    /// <summary>
    /// A case's criterion and its own explanation: the case written <c>{criterion: …, explanation: …}</c>, or any criterion
    /// alone (no explanation of its own; the goal's is used). A null criterion node means the case is wrong, and was reported.
    /// </summary>
    private (YamlNode? Criterion, ExplanationTemplate? Explanation) ReadCase(YamlNode node, ExpressionSite site, string what, string label)
    {
        if (node is not YamlMappingNode mapping
            || (!mapping.Children.ContainsKey(new YamlScalarNode("criterion")) && !mapping.Children.ContainsKey(new YamlScalarNode("explanation"))))
        {
            return (node, null);
        }

        var map = new MappingReader(_r, mapping, $"a case of {label} of {what}");
        var criterion = map.Required("criterion");
        var explanation = map.Optional("explanation") is { } e ? templates.Read(e, site, $"a case of {label} of {what}") : null;
        map.RejectUnknownKeys("criterion", "explanation");
        return (criterion, explanation);
    }

    /// <summary>The year (byYear, within the validity) or report period (byPeriod) a case's key names; false after reporting another.</summary>
    private bool ReadScheduleKey(YamlNode keyNode, string key, string what, bool byYear, out int? year, out ReportPeriod? period)
    {
        (year, period) = (null, null);
        if (!byYear)
        {
            if (!ReportPeriodNames.TryParse(key, out var p))
            {
                _r.Error(keyNode, $"'{key}' under byPeriod of {what} is not a report period; use {ReportPeriodNames.Expected}");
                return false;
            }

            period = p;
            return true;
        }

        if (!ValueText.TryInteger(key, out var y))
        {
            _r.Error(keyNode, $"'{key}' under byYear of {what} is not a year");
            return false;
        }

        if (_validTo != 0 && (y < _validFrom || y > _validTo))
        {
            _r.Error(keyNode, $"{y} is outside the rule set's validity {_validFrom}–{_validTo}");
            return false;
        }

        year = y;
        return true;
    }

    private ImmutableArray<CriterionPart> ReadParts(YamlSequenceNode list, ExpressionSite site, string what, ExprType expected, string? unit)
    {
        var parts = ImmutableArray.CreateBuilder<CriterionPart>();
        var ok = true;
        if (list.Children.Count == 0)
        {
            _r.Error(list, $"the criterion of {what} is an empty list");
            return default;
        }

        foreach (var item in list)
        {
            CriterionPart? part = null;
            if (item is YamlMappingNode)
            {
                var map = _r.Mapping(item, "a criterion part")!;
                var label = map.Optional("label") is { } l ? _r.Text(l, "the label of a criterion part") : null;
                var expr = map.Required("expr");
                var partUnit = map.Optional("unit") is { } u ? _r.Text(u, "the unit of a criterion part") : null;
                map.RejectUnknownKeys("label", "expr", "unit");
                part = expr is null ? null : site.Part(expr, label, expected, $"a criterion part of {what}", partUnit ?? unit);
            }
            else
            {
                part = site.Part(item, null, expected, $"a criterion part of {what}", unit);
            }

            ok &= part is not null;
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return ok ? parts.ToImmutable() : default;
    }
}
