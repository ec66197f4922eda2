using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Words;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Loads a rule file and checks all of it before anything runs: YAML syntax, unknown keys, wrong types, duplicate ids,
/// unknown indicators and functions, type errors in criteria, policies that cannot be satisfied.
/// Every problem is reported at once through <see cref="NrfGoalsException"/>, each as <c>file:line:column: message</c>.
/// </summary>
public static partial class RuleSetLoader
{
    private static readonly string[] RootKeys = ["id", "title", "entity", "validity", "source", "policy", "dimensions", "indicators", "groups", "goals", "entityNoun"];
    private static readonly string[] GroupKeys = ["id", "title", "level", "risk", "groups", "note"];
    private static readonly string[] IndicatorKeys = ["id", "title", "unit", "type", "by", "default", "baseline", "source", "description", "period"];
    private static readonly string[] GoalKeys = ["id", "title", "category", "area", "achievedWhen", "target", "criterion", "explanation", "followedUpIn", "group", "note"];

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();

    /// <summary>Loads and checks the rule file at <paramref name="path"/>.</summary>
    /// <exception cref="NrfGoalsException">The file is missing or has problems; every one is listed.</exception>
    public static RuleSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadFile(path, bag);
        bag.ThrowIfErrors();
        return Parse(text, path);
    }

    /// <summary>Loads and checks a rule file from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The input has problems; every one is listed.</exception>
    public static RuleSet Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadStream(stream, sourceName, bag);
        bag.ThrowIfErrors();
        return Parse(text, sourceName);
    }

    /// <summary>Checks rule-file text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text has problems; every one is listed.</exception>
    public static RuleSet Parse(string yaml, string sourceName = "rules.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bag = new DiagnosticBag();
        var root = YamlSource.LoadRoot(yaml, sourceName, "a rule set", bag);
        bag.ThrowIfErrors();
        var ruleSet = new Reader(new NodeReader(sourceName, bag), yaml).Read(root!);
        bag.ThrowIfErrors();
        return ruleSet! with { Warnings = bag.Items.ToImmutableArray() };
    }

    private sealed class Reader
    {
        private readonly NodeReader _r;
        private readonly string _text;
        private int _validFrom;
        private int _validTo;

        /// <summary>Some goal failed to load, so counting goals against the policy would report a false "can never be met".</summary>
        private bool _goalsIncomplete;

        public Reader(NodeReader reader, string text)
        {
            _r = reader;
            _text = text;
        }

        public RuleSet? Read(YamlMappingNode root)
        {
            var map = new MappingReader(_r, root, "the rule set");
            var id = Id(map.Required("id"), "the rule set's id");
            var title = map.Required("title") is { } t ? _r.Text(t, "title") : null;
            var entity = map.Optional("entity") is { } e ? _r.Text(e, "entity") : null;
            var source = map.Optional("source") is { } s ? _r.Text(s, "source") : null;
            var noun = map.Optional("entityNoun") is { } n ? ReadEntityNoun(n) : null;
            ReadValidity(map.Required("validity"));
            var dimensions = ReadDimensions(map.Optional("dimensions"));
            var indicators = ReadIndicators(map.Required("indicators"), dimensions);
            var scope = new IndicatorScope(indicators);
            var groups = ReadGroups(map.Optional("groups"));
            var errorsBeforeGoals = _r.Bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
            var goalsNode = map.Required("goals");
            var goals = ReadGoals(goalsNode, new ExpressionSite(_r, _text, scope), indicators, groups);
            _goalsIncomplete = goalsNode is null || _r.Bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBeforeGoals;
            CheckTermsInAll(goals);
            CheckTertialBaselines(goals, indicators);
            var policy = ReadPolicy(map.Required("policy"), goals, indicators);
            map.RejectUnknownKeys(RootKeys);
            if (!_r.Bag.HasErrors)
            {
                // With errors, goals that failed to load would make their indicators look unused.
                WarnUnusedIndicators(indicators, goals, policy);
                WarnUngroupedGoals(groups, goals);
            }

            if (id is null || title is null || policy is null)
            {
                return null;
            }

            return new RuleSet(id, title, entity, _validFrom, _validTo, source, policy, dimensions, indicators, goals, _r.At(root)) { Groups = groups, EntityNoun = noun };
        }

        /// <summary>
        /// A one-tertial baseline ("1 232 (T1 2019)") is compared only with the same tertial: every <c>baseline(x)</c> of
        /// such an indicator must sit in a case for the report that closes that tertial (byPeriod, or followedUpIn it alone).
        /// </summary>
        private void CheckTertialBaselines(ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators)
        {
            var tertialOf = indicators.Where(i => i.Baseline?.Tertial is not null).ToDictionary(i => i.Id, i => i.Baseline!.Tertial!.Value, StringComparer.Ordinal);
            if (tertialOf.Count == 0)
            {
                return;
            }

            foreach (var goal in goals)
            {
                var only = goal.FollowedUpIn is [var single] ? single : (ReportPeriod?)null;
                var cases = goal.Criterion is ScheduledCriterion s
                    ? s.Cases.Select(c => (c.Period ?? only, c.Criterion))
                    : [(only, goal.Criterion)];
                foreach (var (period, criterion) in cases)
                {
                    foreach (var part in GoalReferences.Parts(criterion))
                    {
                        var baselines = GoalReferences.Walk(part.Expression).OfType<CallExpr>()
                            .Where(c => c.Function == "baseline" && c.Arguments is [IndicatorRef])
                            .Select(c => ((IndicatorRef)c.Arguments[0]).Indicator);
                        foreach (var id in baselines.Distinct(StringComparer.Ordinal))
                        {
                            if (tertialOf.TryGetValue(id, out var tertial) && period != tertial)
                            {
                                _r.Bag.Error(part.Location, $"the baseline of '{id}' is for the tertial {ReportPeriodNames.Tertial(tertial)}, which only {ReportPeriodNames.Display(tertial)} reports; compare it in a byPeriod case for {ReportPeriodNames.Display(tertial)}{(period is { } p ? $", not in {ReportPeriodNames.Display(p)}" : string.Empty)}");
                            }
                        }
                    }
                }
            }
        }

        /// <summary><c>entityNoun: förbundet</c> (Swedish only) or <c>entityNoun: {sv: förbundet, en: the federation}</c>.</summary>
        private EntityNoun? ReadEntityNoun(YamlNode node)
        {
            if (node is YamlScalarNode)
            {
                return _r.Text(node, "entityNoun") is { } text ? new EntityNoun(text, null) : null;
            }

            if (_r.Mapping(node, "entityNoun") is not { } map)
            {
                return null;
            }

            var swedish = map.Required("sv") is { } sv ? _r.Text(sv, "entityNoun.sv") : null;
            var english = map.Optional("en") is { } en ? _r.Text(en, "entityNoun.en") : null;
            map.RejectUnknownKeys(["sv", "en"]);
            return swedish is null ? null : new EntityNoun(swedish, english);
        }

        private string? Id(YamlNode? node, string what)
        {
            if (node is null || _r.Text(node, what) is not { } id)
            {
                return null;
            }

            if (!PlainId().IsMatch(id))
            {
                _r.Error(node, $"{what} '{id}' may use only letters, digits, '-', '_' and '.'");
                return null;
            }

            return id;
        }

        /// <summary>The item's id, or null when it is missing, malformed or already used by an earlier item in <paramref name="seen"/>.</summary>
        private string? UniqueId(MappingReader map, string kind, Dictionary<string, SourceLocation> seen)
        {
            var idNode = map.Required("id");
            var id = Id(idNode, $"a {kind}'s id");
            if (id is not null && seen.TryGetValue(id, out var first))
            {
                _r.Error(idNode!, $"the {kind} id '{id}' is used twice (first at line {first.Line})");
                return null;
            }

            return id;
        }

        private void ReadValidity(YamlNode? node)
        {
            if (node is null || _r.Mapping(node, "validity") is not { } map)
            {
                return;
            }

            var from = map.Required("from") is { } f ? _r.Integer(f, "validity.from") : null;
            var to = map.Required("to") is { } t ? _r.Integer(t, "validity.to") : null;
            map.RejectUnknownKeys("from", "to");
            if (from is { } a && to is { } b)
            {
                if (a > b)
                {
                    _r.Error(node, $"validity runs from {a} to {b}: the first year is after the last");
                }

                (_validFrom, _validTo) = (a, b);
            }
        }

        private ImmutableArray<Dimension> ReadDimensions(YamlNode? node)
        {
            var result = ImmutableArray.CreateBuilder<Dimension>();
            result.Add(Dimension.Sex);
            if (node is null || _r.Mapping(node, "dimensions") is not { } map)
            {
                return result.ToImmutable();
            }

            foreach (var (keyNode, valueNode) in map.Entries)
            {
                var name = _r.Text(keyNode, "a dimension's name");
                if (name is null)
                {
                    continue;
                }

                if (result.Any(d => d.Name == name))
                {
                    _r.Error(keyNode, name == "sex" ? "the dimension 'sex' is built in (K, M, T); do not declare it" : $"the dimension '{name}' is declared twice");
                    continue;
                }

                var keys = ImmutableArray.CreateBuilder<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal); // keys.Contains made 190 000 keys take 51 s
                if (_r.Sequence(valueNode, $"the keys of dimension '{name}'") is { } list)
                {
                    foreach (var item in list)
                    {
                        if (_r.Text(item, $"a key of dimension '{name}'") is { } key)
                        {
                            if (!seen.Add(key))
                            {
                                _r.Error(item, $"the key '{key}' appears twice in dimension '{name}'");
                            }
                            else
                            {
                                keys.Add(key);
                            }
                        }
                    }
                }

                result.Add(new Dimension(name, keys.ToImmutable()));
            }

            return result.ToImmutable();
        }

        private ImmutableArray<Indicator> ReadIndicators(YamlNode? node, ImmutableArray<Dimension> dimensions)
        {
            var result = ImmutableArray.CreateBuilder<Indicator>();
            if (node is null || _r.Sequence(node, "indicators") is not { } list)
            {
                return result.ToImmutable();
            }

            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                if (_r.Mapping(item, "an indicator") is not { } map)
                {
                    continue;
                }

                var idNode = map.Required("id");
                var id = idNode is null ? null : _r.Text(idNode, "an indicator's id");
                if (id is not null && !IndicatorId().IsMatch(id))
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

                var what = $"indicator '{id ?? "?"}'";
                var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {what}") : null;
                var unit = map.Optional("unit") is { } u ? _r.Text(u, $"the unit of {what}") : null;
                var source = map.Optional("source") is { } s ? _r.Text(s, $"the source of {what}") : null;
                _ = map.Optional("description") is { } d ? _r.Text(d, $"the description of {what}") : null;
                var type = ReadIndicatorType(map.Optional("type"), what);
                var (shape, dimension) = ReadShape(map.Optional("by"), dimensions, what);
                var defaultValue = map.Optional("default") is { } dv ? _r.Number(dv, $"the default of {what}") : null;
                var baseline = map.Optional("baseline") is { } bl ? ReadBaseline(bl, dimension, what) : null;
                var periodNode = map.Optional("period");
                var period = periodNode is null ? null : ReadValuePeriod(periodNode, type, shape, what);
                map.RejectUnknownKeys(IndicatorKeys);
                if (baseline?.Tertial is { } tertial && period != ValuePeriod.Tertial)
                {
                    _r.Error(map.Optional("baseline")!, $"the baseline of {what} is for the tertial {ReportPeriodNames.Tertial(tertial)}, so its values must be per tertial too; declare 'period: tertial'");
                }

                if (type != IndicatorValueType.Number && shape != IndicatorShape.Yearly)
                {
                    _r.Error(map.Optional("by")!, $"{what} is {type switch { IndicatorValueType.YesNo => "yes/no", IndicatorValueType.Activity => "an activity", _ => "an assessment" }} and cannot be broken down; declare one indicator per key instead");
                }

                if (id is not null && title is not null)
                {
                    seen[id] = _r.At(item);
                    result.Add(new Indicator(id, title, unit, type, shape, dimension, defaultValue, baseline, source, _r.At(item)) { Period = period });
                }
            }

            return result.ToImmutable();
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

        private ImmutableArray<GoalGroup> ReadGroups(YamlNode? node)
        {
            var result = ImmutableArray.CreateBuilder<GoalGroup>();
            if (node is not null)
            {
                ReadGroupList(node, null, result, new Dictionary<string, SourceLocation>(StringComparer.Ordinal));
            }

            return result.ToImmutable();
        }

        private void ReadGroupList(YamlNode node, GoalGroup? parent, ImmutableArray<GoalGroup>.Builder result, Dictionary<string, SourceLocation> seen)
        {
            var what = parent is null ? "groups" : $"the groups of group '{parent.Id}'";
            if (_r.Sequence(node, what) is not { } list)
            {
                return;
            }

            foreach (var item in list)
            {
                if (_r.Mapping(item, "a group") is not { } map)
                {
                    continue;
                }

                var id = UniqueId(map, "group", seen);

                var name = $"group '{id ?? "?"}'";
                var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {name}") : null;
                var level = map.Optional("level") is { } l ? _r.Text(l, $"the level of {name}") : null;
                _ = map.Optional("note") is { } n ? _r.Text(n, $"the note of {name}") : null;
                int? risk = null;
                if (map.Optional("risk") is { } riskNode && _r.Integer(riskNode, $"the risk score of {name}") is { } r)
                {
                    if (r is < 1 or > GoalGroup.MaxRisk)
                    {
                        _r.Error(riskNode, $"the risk score of {name} is {r}; a risk score runs from 1 to {GoalGroup.MaxRisk}");
                    }
                    else
                    {
                        risk = r;
                    }
                }

                var children = map.Optional("groups");
                map.RejectUnknownKeys(GroupKeys);
                GoalGroup? group = null;
                if (id is not null && title is not null)
                {
                    seen[id] = _r.At(item);
                    group = new GoalGroup(id, title, level, parent?.Id, risk, _r.At(item));
                    result.Add(group);
                }

                if (children is not null && group is not null)
                {
                    ReadGroupList(children, group, result, seen);
                }
            }
        }

        private ImmutableArray<string> GroupPath(YamlNode node, IReadOnlyDictionary<string, GoalGroup> byId, string what)
        {
            if (_r.Text(node, $"the group of {what}") is not { } id)
            {
                return ImmutableArray<string>.Empty;
            }

            if (!byId.TryGetValue(id, out var group))
            {
                _r.Error(node, byId.Count == 0
                    ? $"{what} names group '{id}', but the rule set declares no groups; declare them under 'groups:'"
                    : $"{what} names group '{id}', which is not declared under 'groups:'{Suggestions.DidYouMean(id, byId.Keys)}");
                return ImmutableArray<string>.Empty;
            }

            var path = new List<string>();
            for (GoalGroup? g = group; g is not null; g = g.Parent is { } p ? byId[p] : null)
            {
                path.Add(g.Id);
            }

            path.Reverse();
            return path.ToImmutableArray();
        }

        private ImmutableArray<Goal> ReadGoals(YamlNode? node, ExpressionSite site, ImmutableArray<Indicator> indicators, ImmutableArray<GoalGroup> groups)
        {
            var result = ImmutableArray.CreateBuilder<Goal>();
            if (node is null || _r.Sequence(node, "goals") is not { } list)
            {
                return result.ToImmutable();
            }

            var groupsById = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                if (_r.Mapping(item, "a goal") is not { } map)
                {
                    continue;
                }

                var id = UniqueId(map, "goal", seen);

                var what = $"goal '{id ?? "?"}'";
                var title = map.Required("title") is { } t ? _r.Text(t, $"the title of {what}") : null;
                var category = ReadCategory(map.Required("category"), what);
                var area = map.Optional("area") is { } a ? _r.Text(a, $"the area of {what}") : null;
                var achievedWhen = map.Optional("achievedWhen") is { } w ? _r.Text(w, $"achievedWhen of {what}") : null;
                var target = map.Optional("target") is { } tg ? _r.Text(tg, $"the target of {what}") : null;
                _ = map.Optional("note") is { } note ? _r.Text(note, $"the note of {what}") : null;
                var criterion = map.Required("criterion") is { } c ? ReadCriterion(c, site, indicators, what) : null;
                var explanation = map.Optional("explanation") is { } ex ? ReadTemplate(ex, site, what) : null;
                var periods = ReadPeriods(map.Optional("followedUpIn"), what);
                var path = map.Optional("group") is { } gr ? GroupPath(gr, groupsById, what) : ImmutableArray<string>.Empty;
                map.RejectUnknownKeys(GoalKeys);

                if (id is not null && title is not null && category is not null && criterion is not null)
                {
                    seen[id] = _r.At(item);
                    result.Add(new Goal(id, title, category.Value, area, achievedWhen, target, criterion, explanation, periods, path, _r.At(item)));
                }
            }

            return result.ToImmutable();
        }

        private GoalCategory? ReadCategory(YamlNode? node, string what)
        {
            switch (node is null ? null : _r.Text(node, $"the category of {what}"))
            {
                case null:
                    return null;
                case "operational":
                    return GoalCategory.Operational;
                case "financial":
                    return GoalCategory.Financial;
                case var other:
                    _r.Error(node!, $"the category of {what} is '{other}'; it must be operational or financial");
                    return null;
            }
        }

        private Criterion? ReadCriterion(YamlNode node, ExpressionSite site, ImmutableArray<Indicator> indicators, string what)
        {
            switch (node)
            {
                case YamlScalarNode:
                    return site.Part(node, null, ExprType.YesNo, $"the criterion of {what}") is { } part
                        ? new ExpressionCriterion(ImmutableArray.Create(part))
                        : null;
                case YamlSequenceNode list:
                    return ReadParts(list, site, what, ExprType.YesNo) is { IsDefaultOrEmpty: false } parts ? new ExpressionCriterion(parts) : null;
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
                            ? ReadParts(seq, site, what, ExprType.Number) is { IsDefaultOrEmpty: false } shown ? new MonitorCriterion(shown) : null
                            : site.Part(value, null, ExprType.Number, $"the monitored value of {what}") is { } one ? new MonitorCriterion(ImmutableArray.Create(one)) : null,
                        "byYear" => ReadSchedule(value, site, indicators, what, byYear: true),
                        _ => ReadSchedule(value, site, indicators, what, byYear: false),
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

        private ScheduledCriterion? ReadSchedule(YamlNode node, ExpressionSite site, ImmutableArray<Indicator> indicators, string what, bool byYear)
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
                int? year = null;
                ReportPeriod? period = null;
                if (byYear)
                {
                    if (!ScalarText.TryInteger(key, out var y))
                    {
                        _r.Error(keyNode, $"'{key}' under byYear of {what} is not a year");
                        continue;
                    }

                    if (_validTo != 0 && (y < _validFrom || y > _validTo))
                    {
                        _r.Error(keyNode, $"{y} is outside the rule set's validity {_validFrom}–{_validTo}");
                        continue;
                    }

                    year = y;
                }
                else
                {
                    if (!ReportPeriodNames.TryParse(key, out var p))
                    {
                        _r.Error(keyNode, $"'{key}' under byPeriod of {what} is not a report period; use {ReportPeriodNames.Expected}");
                        continue;
                    }

                    period = p;
                }

                var target = year ?? (int)period!.Value;
                if (seen.TryGetValue(target, out var first))
                {
                    var named = year is { } yy ? $"the year {yy}" : $"the period {ReportPeriodNames.Display(period!.Value)}";
                    _r.Error(keyNode, $"'{key}' under {label} of {what} is {named} again ('{first.Key}' at line {first.Line}); give each {(byYear ? "year" : "period")} one target");
                    continue;
                }

                seen[target] = (key, _r.At(keyNode).Line);

                var inner = ReadCriterion(valueNode, site, indicators, what);
                switch (inner)
                {
                    case null:
                        continue;
                    case ActivityCriterion:
                        // An activity is counted apart from the goals, for the whole goal; one that is an activity in
                        // some reports only would be counted as a goal in the others.
                        _r.Error(valueNode, $"an activity cannot be one case of {label} of {what}; make the whole criterion 'activity: <id>', or declare another goal for the activity");
                        continue;
                    case ScheduledCriterion nestedSchedule:
                        foreach (var c in nestedSchedule.Cases)
                        {
                            cases.Add(c with { Year = year ?? c.Year, Period = period ?? c.Period });
                        }

                        break;
                    default:
                        cases.Add(new CriterionCase(year, period, inner, _r.At(keyNode)));
                        break;
                }
            }

            return cases.Count == 0 ? null : new ScheduledCriterion(cases.ToImmutable());
        }

        private ImmutableArray<CriterionPart> ReadParts(YamlSequenceNode list, ExpressionSite site, string what, ExprType expected)
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
                    map.RejectUnknownKeys("label", "expr");
                    part = expr is null ? null : site.Part(expr, label, expected, $"a criterion part of {what}");
                }
                else
                {
                    part = site.Part(item, null, expected, $"a criterion part of {what}");
                }

                ok &= part is not null;
                if (part is not null)
                {
                    parts.Add(part);
                }
            }

            return ok ? parts.ToImmutable() : default;
        }

        private ExplanationTemplate? ReadTemplate(YamlNode node, ExpressionSite site, string what)
        {
            if (_r.Text(node, $"the explanation of {what}") is not { } text)
            {
                return null;
            }

            var origin = site.Origin((YamlScalarNode)node);
            var placeholders = ImmutableArray.CreateBuilder<TemplatePlaceholder>();
            var ok = true;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '{')
                {
                    continue;
                }

                var close = text.IndexOf('}', i);
                if (close < 0)
                {
                    _r.Bag.Error(ExpressionSite.Locate(origin, text, i), "this '{' in the explanation is not closed with '}'");
                    return null;
                }

                var inner = text[(i + 1)..close];
                string? singular = null, plural = null;
                if (inner.IndexOf('|') is var bar and >= 0)
                {
                    var words = inner[(bar + 1)..].Split('|', StringSplitOptions.TrimEntries);
                    if (words.Length != 2 || words.Any(w => w.Length == 0))
                    {
                        _r.Bag.Error(ExpressionSite.Locate(origin, text, i + 1 + bar), "a singular/plural form takes two words after the number, the singular and then the plural, as in {coordination_meetings_held|möte|möten}");
                        ok = false;
                    }
                    else
                    {
                        (singular, plural) = (words[0], words[1]);
                    }

                    inner = inner[..bar];
                }

                var colon = inner.LastIndexOf(':');
                var format = colon >= 0 ? inner[(colon + 1)..].Trim() : null;
                var expression = colon >= 0 ? inner[..colon] : inner;
                if (format is not null && format is not ("pct" or "n0" or "n1" or "n2" or "n3"))
                {
                    _r.Bag.Error(ExpressionSite.Locate(origin, text, i + 1 + colon + 1), $"'{format}' is not a format; use pct, n0, n1, n2 or n3");
                    ok = false;
                }

                var part = site.Part(expression, ExpressionSite.Locate(origin, text, i + 1), null, ExprType.Number);
                ok &= part is not null;
                if (part is not null && singular is not null && part.Expression.Type.IsYesNo())
                {
                    _r.Bag.Error(ExpressionSite.Locate(origin, text, i + 1), "a yes/no placeholder has no singular and plural; only a number is followed by a word that agrees with it");
                    ok = false;
                }

                if (part is not null)
                {
                    placeholders.Add(new TemplatePlaceholder(i, close - i + 1, part, format) { Singular = singular, Plural = plural });
                }

                i = close;
            }

            return ok ? new ExplanationTemplate(text, placeholders.ToImmutable()) : null;
        }

        private ImmutableArray<ReportPeriod> ReadPeriods(YamlNode? node, string what)
        {
            var result = ImmutableArray.CreateBuilder<ReportPeriod>();
            if (node is null || _r.Sequence(node, $"followedUpIn of {what}") is not { } list)
            {
                return result.ToImmutable();
            }

            foreach (var item in list)
            {
                if (_r.Text(item, $"a period of {what}") is { } text)
                {
                    if (ReportPeriodNames.TryParse(text, out var p))
                    {
                        result.Add(p);
                    }
                    else
                    {
                        _r.Error(item, $"'{text}' is not a report period; use {ReportPeriodNames.Expected}");
                    }
                }
            }

            return result.ToImmutable();
        }

        private VerdictPolicy? ReadPolicy(YamlNode? node, ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators)
        {
            if (node is null || _r.Mapping(node, "policy") is not { } map)
            {
                return null;
            }

            var wording = map.Optional("wording") is { } w ? _r.Text(w, "the policy's wording") : null;
            var operational = map.Required("operational") is { } o ? ReadRequirement(o, GoalCategory.Operational, goals, indicators) : null;
            var financial = map.Required("financial") is { } f ? ReadRequirement(f, GoalCategory.Financial, goals, indicators) : null;
            map.RejectUnknownKeys("operational", "financial", "wording");
            return operational is null || financial is null ? null : new VerdictPolicy(operational, financial, wording);
        }

        private CategoryRequirement? ReadRequirement(YamlNode node, GoalCategory category, ImmutableArray<Goal> goals, ImmutableArray<Indicator> indicators)
        {
            var name = category == GoalCategory.Operational ? "operational" : "financial";
            var counted = goals.Count(g => g.Category == category && !g.IsMonitorOnly);
            if (node is YamlScalarNode scalar)
            {
                switch (scalar.Value)
                {
                    case "all":
                        return new AllRequired();
                    case "report-only":
                        return new ReportOnly();
                    default:
                        _r.Error(node, $"the policy for {name} goals is '{scalar.Value}'; write all, report-only, {{atLeast: N}}, {{share: 70 %}} or {{judgement: <assessment indicator>}}");
                        return null;
                }
            }

            if (_r.Mapping(node, $"the policy for {name} goals") is not { } map)
            {
                return null;
            }

            if (map.Optional("judgement") is { } judgementNode)
            {
                map.RejectUnknownKeys("judgement");
                if (_r.Text(judgementNode, $"the judgement for {name} goals") is not { } id)
                {
                    return null;
                }

                var indicator = indicators.FirstOrDefault(i => i.Id == id);
                if (indicator is null || indicator.Type != IndicatorValueType.Assessment)
                {
                    _r.Error(judgementNode, indicator is null
                        ? $"'{id}' is not a declared indicator{Suggestions.DidYouMean(id, indicators.Select(i => i.Id))}"
                        : $"'{id}' must be declared with 'type: assessment' to carry the overall judgement of the {name} goals");
                    return null;
                }

                return new JudgementRequired(id);
            }

            var atLeast = map.Optional("atLeast");
            var share = map.Optional("share");
            map.RejectUnknownKeys("atLeast", "share", "judgement");
            if ((atLeast is null) == (share is null))
            {
                _r.Error(node, $"the policy for {name} goals must give exactly one of atLeast, share or judgement");
                return null;
            }

            if (atLeast is not null)
            {
                if (_r.Integer(atLeast, $"atLeast for {name} goals") is not { } n)
                {
                    return null;
                }

                if (n < 0 || (n > counted && !_goalsIncomplete))
                {
                    _r.Error(atLeast, n < 0
                        ? $"atLeast for {name} goals cannot be negative"
                        : $"the policy asks for at least {n} of {counted} {name} goals, which can never be met");
                    return null;
                }

                return new AtLeastRequired(n);
            }

            if (share is not YamlScalarNode { Value: { } text })
            {
                _r.Error(share!, $"share for {name} goals should be a share like 0.7 or 70 %, not {YamlSource.Describe(share!)}");
                return null;
            }

            var isPercent = text.TrimEnd().EndsWith('%');
            if (!ScalarText.TryNumber(text.TrimEnd().TrimEnd('%'), out var value, out _))
            {
                _r.Error(share, $"share for {name} goals should be a share like 0.7 or 70 %, not '{text}'");
                return null;
            }

            value = isPercent ? value / 100m : value;
            if (value is <= 0 or > 1)
            {
                _r.Error(share, $"share for {name} goals must be above 0 and at most 100 %");
                return null;
            }

            return new ShareRequired(value);
        }

        private void WarnUngroupedGoals(ImmutableArray<GoalGroup> groups, ImmutableArray<Goal> goals)
        {
            if (groups.IsEmpty)
            {
                return;
            }

            foreach (var goal in goals.Where(g => g.Group is null))
            {
                _r.Bag.Warning(goal.Location, $"goal '{goal.Id}' names no group, so it is in no roll-up; add 'group:'");
            }
        }

        /// <summary>Refuses a rule set whose criteria and explanations together exceed <see cref="InputLimits.MaxTermsPerRuleSet"/> terms, at the goal that crosses it.</summary>
        private void CheckTermsInAll(ImmutableArray<Goal> goals)
        {
            var terms = 0;
            foreach (var goal in goals)
            {
                var parts = GoalReferences.Parts(goal.Criterion).Concat(goal.Explanation?.Placeholders.Select(p => p.Part) ?? []);
                terms += parts.Sum(p => GoalReferences.Walk(p.Expression).Count());
                if (terms > InputLimits.MaxTermsPerRuleSet)
                {
                    var limit = InputLimits.MaxTermsPerRuleSet.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
                    _r.Bag.Error(goal.Location, $"the rule set's criteria and explanations have more than {limit} terms in all by goal '{goal.Id}'; split it into several rule sets");
                    return;
                }
            }
        }

        private void WarnUnusedIndicators(ImmutableArray<Indicator> indicators, ImmutableArray<Goal> goals, VerdictPolicy? policy)
        {
            var used = new HashSet<string>(GoalReferences.Indicators(goals, policy), StringComparer.Ordinal);
            foreach (var indicator in indicators.Where(i => !used.Contains(i.Id)))
            {
                _r.Bag.Warning(indicator.Location, $"the indicator '{indicator.Id}' is declared but no goal uses it");
            }
        }
    }
}
