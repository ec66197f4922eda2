using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Loads rule test files (<c>*.tests.yaml</c>) and checks all of them before anything runs: the YAML, the keys, the rule
/// file and values files they name, indicator and goal ids, statuses. Every problem is reported at once through
/// <see cref="NrfGoalsException"/>, each as <c>file:line:column: message</c>. Rule sets and values files read once are
/// reused for later test files, so test files of the same rule set share one <see cref="RuleSet"/> instance.
/// </summary>
public sealed class RuleTestLoader
{
    /// <summary>The suffix that marks a rule test file.</summary>
    public const string Suffix = ".tests.yaml";

    private static readonly string[] RootKeys = ["rules", "values", "cases"];
    private static readonly string[] CaseKeys = ["name", "values", "year", "report", "period", "asOf", "set", "unset", "expect"];
    private static readonly string[] ExpectKeys = ["goals", "verdict", "explanations"];

    private readonly Dictionary<string, RuleSet> _ruleSets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, RuleSet RuleSet), ValuesDocument> _values = new();
    private readonly Func<string, RuleSet, ValuesDocument> _loadValues;

    /// <summary>A loader whose test files may name YAML and JSON values files.</summary>
    public RuleTestLoader()
        : this((path, ruleSet) => ValuesLoader.Load(path, ruleSet))
    {
    }

    /// <summary>
    /// A loader that reads the values files test files name with <paramref name="loadValues"/>, e.g.
    /// <c>(path, ruleSet) =&gt; ValuesTables.Load(path, ruleSet)</c> from Nrf.Goals.Tables for CSV and Excel values too.
    /// </summary>
    public RuleTestLoader(Func<string, RuleSet, ValuesDocument> loadValues)
    {
        ArgumentNullException.ThrowIfNull(loadValues);
        _loadValues = loadValues;
    }

    /// <summary>Loads and checks the test file at <paramref name="path"/>, the rule file it tests and the values files it names.</summary>
    /// <exception cref="NrfGoalsException">The test file, its rule file or a values file has problems; every one is listed.</exception>
    public RuleTestFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var text = YamlSource.ReadFile(path, bag);
        bag.ThrowIfErrors();
        var root = YamlSource.LoadRoot(text, path, "rule tests (rules, values and cases)", bag);
        bag.ThrowIfErrors();
        var file = new Reader(this, new NodeReader(path, bag), path).Read(root!);
        bag.ThrowIfErrors();
        return file!;
    }

    /// <summary>The rule file a test file tests when it does not name one: <c>2023-2025.tests.yaml</c> → <c>2023-2025.yaml</c>.</summary>
    public static string? DefaultRulesFile(string testFile)
    {
        var name = System.IO.Path.GetFileName(testFile);
        return name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] + ".yaml" : null;
    }

    private RuleSet LoadRuleSet(string path)
    {
        var key = System.IO.Path.GetFullPath(path);
        if (!_ruleSets.TryGetValue(key, out var ruleSet))
        {
            ruleSet = RuleSetLoader.Load(path);
            _ruleSets[key] = ruleSet;
        }

        return ruleSet;
    }

    private ValuesDocument LoadValues(string path, RuleSet ruleSet)
    {
        var key = (System.IO.Path.GetFullPath(path), ruleSet);
        if (!_values.TryGetValue(key, out var document))
        {
            document = _loadValues(path, ruleSet);
            _values[key] = document;
        }

        return document;
    }

    private sealed class Reader
    {
        private readonly RuleTestLoader _loader;
        private readonly NodeReader _r;
        private readonly string _path;
        private readonly List<Diagnostic> _warnings = new();
        private RuleSet _ruleSet = null!;

        public Reader(RuleTestLoader loader, NodeReader reader, string path)
        {
            _loader = loader;
            _r = reader;
            _path = path;
        }

        public RuleTestFile? Read(YamlMappingNode root)
        {
            var map = new MappingReader(_r, root, "the test file");
            var rulesNode = map.Optional("rules");
            var valuesNode = map.Optional("values");
            var casesNode = map.Required("cases");
            map.RejectUnknownKeys(RootKeys);

            var ruleSet = ReadRuleSet(rulesNode, root);
            if (ruleSet is null)
            {
                return null;
            }

            _ruleSet = ruleSet;
            var baseValues = valuesNode is null ? null : ReadValuesSource(valuesNode, "values");
            var cases = ImmutableArray.CreateBuilder<RuleTestCase>();
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            if (casesNode is not null && _r.Sequence(casesNode, "cases") is { } list)
            {
                if (list.Children.Count == 0)
                {
                    _r.Error(list, "cases is empty; write at least one case");
                }

                foreach (var item in list)
                {
                    if (ReadCase(item, valuesNode is null ? null : baseValues, valuesNode is not null, names) is { } testCase)
                    {
                        cases.Add(testCase);
                    }
                }
            }

            _warnings.AddRange(_r.Bag.Items.Where(d => d.Severity == DiagnosticSeverity.Warning));
            return new RuleTestFile(_path, ruleSet, cases.ToImmutable()) { Warnings = _warnings.Distinct().ToImmutableArray() };
        }

        private RuleSet? ReadRuleSet(YamlNode? rulesNode, YamlNode root)
        {
            var relative = rulesNode is null ? DefaultRulesFile(_path) : _r.Text(rulesNode, "rules");
            if (relative is null)
            {
                if (rulesNode is null)
                {
                    _r.Error(root, $"the test file's name does not end in '{Suffix}', so the rule file it tests is unknown; name it with 'rules: <file>'");
                }

                return null;
            }

            var rulesPath = Resolve(relative);
            if (!File.Exists(rulesPath))
            {
                var where = rulesNode ?? root;
                _r.Error(where, rulesNode is null
                    ? $"the rule file '{relative}' next to this test file does not exist; name the rule file with 'rules: <file>'"
                    : $"the rule file '{relative}' does not exist (looked for {rulesPath})");
                return null;
            }

            try
            {
                return _loader.LoadRuleSet(rulesPath);
            }
            catch (NrfGoalsException e)
            {
                _r.Bag.AddRange(e.Diagnostics);
                return null;
            }
        }

        /// <summary>A path relative to the test file; shown relative to the working folder when the test file's path is relative.</summary>
        private string Resolve(string relative)
        {
            var folder = System.IO.Path.GetDirectoryName(_path) ?? string.Empty;
            var combined = System.IO.Path.Combine(folder, relative);
            if (System.IO.Path.IsPathRooted(_path))
            {
                return System.IO.Path.GetFullPath(combined);
            }

            return System.IO.Path.GetRelativePath(Environment.CurrentDirectory, System.IO.Path.GetFullPath(combined)).Replace('\\', '/');
        }

        /// <summary>A <c>values:</c> entry: a path to a values file, or an inline values document.</summary>
        private ValuesDocument? ReadValuesSource(YamlNode node, string what)
        {
            if (node is YamlMappingNode inline)
            {
                return new ValuesDocumentReader(_r, _ruleSet).Read(inline);
            }

            if (_r.Text(node, what) is not { } relative)
            {
                return null;
            }

            var path = Resolve(relative);
            if (!File.Exists(path))
            {
                _r.Error(node, $"the values file '{relative}' does not exist (looked for {path})");
                return null;
            }

            try
            {
                var document = _loader.LoadValues(path, _ruleSet);
                _warnings.AddRange(document.Warnings);
                return document;
            }
            catch (NrfGoalsException e)
            {
                _r.Bag.AddRange(e.Diagnostics);
                return null;
            }
        }

        private RuleTestCase? ReadCase(YamlNode node, ValuesDocument? fileValues, bool fileHasValues, Dictionary<string, int> names)
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
                var line = _r.At(nameNode!).Line;
                if (names.TryGetValue(name, out var first))
                {
                    _r.Error(nameNode!, $"two cases are named '{name}' (the first at line {first}); give each case its own name");
                }
                else
                {
                    names[name] = line;
                }
            }

            var values = valuesNode is not null
                ? ReadValuesSource(valuesNode, $"the values of {what}")
                : fileHasValues ? fileValues : Empty();
            var expect = expectNode is null ? null : ReadExpectation(expectNode, what);
            if (values is null)
            {
                return null;
            }

            values = Override(values, yearNode, reportNode, periodNode, asOfNode, what);
            values = Unset(values, unsetNode, what);
            values = Set(values, setNode, what);
            if ((yearNode ?? reportNode ?? periodNode ?? asOfNode ?? setNode) is not null)
            {
                // Another period or new values: each value must still be of its indicator's declared kind.
                ValuePeriodCheck.Check(values, _ruleSet, ValuePeriodCheck.InDocument, _r.Bag);
            }

            if (name is null || expect is null)
            {
                return null;
            }

            return new RuleTestCase(_path, name, _ruleSet, values, expect, _r.At(node));
        }

        private ValuesDocument Empty() => new(
            _ruleSet.Entity ?? _ruleSet.Id, _ruleSet.ValidFrom, ReportKind.Annual, null, null, ImmutableSortedDictionary<string, IndicatorData>.Empty);

        private ValuesDocument Override(ValuesDocument values, YamlNode? yearNode, YamlNode? reportNode, YamlNode? periodNode, YamlNode? asOfNode, string what)
        {
            if (yearNode is not null && _r.Integer(yearNode, $"the year of {what}") is { } year)
            {
                values = values with { Year = year };
            }

            if (reportNode is not null)
            {
                switch (_r.Text(reportNode, $"the report of {what}"))
                {
                    case var text when ReportKindNames.TryParse(text, out var kind):
                        values = values with { Report = kind };
                        break;
                    case { } other:
                        _r.Error(reportNode, $"report is '{other}'; it must be annual (årsredovisning) or interim (delårsrapport)");
                        break;
                }
            }

            if (periodNode is not null && _r.Text(periodNode, $"the period of {what}") is { } periodText)
            {
                if (ReportPeriodNames.TryParse(periodText, out var period))
                {
                    values = values with { Period = period };
                }
                else
                {
                    _r.Error(periodNode, $"period is '{periodText}'; it must be {ReportPeriodNames.Expected}");
                }
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

        private RuleTestExpectation? ReadExpectation(YamlNode node, string what)
        {
            if (_r.Mapping(node, $"expect of {what}") is not { } map)
            {
                return null;
            }

            var goalsNode = map.Optional("goals");
            var verdictNode = map.Optional("verdict");
            var explanationsNode = map.Optional("explanations");
            map.RejectUnknownKeys(ExpectKeys);

            var goals = ImmutableArray.CreateBuilder<ExpectedGoalStatus>();
            if (goalsNode is not null && _r.Mapping(goalsNode, $"the expected goals of {what}") is { } goalMap)
            {
                foreach (var (keyNode, valueNode) in goalMap.Entries)
                {
                    if (Goal(keyNode) is not { } goal || _r.Text(valueNode, $"the expected status of {goal}") is not { } text)
                    {
                        continue;
                    }

                    if (GoalStatusNames.TryParse(text, out var status))
                    {
                        goals.Add(new ExpectedGoalStatus(goal, status, _r.At(keyNode)));
                    }
                    else
                    {
                        _r.Error(valueNode, $"the expected status of {goal} is '{text}'; it must be met, partly-met, not-met, not-evaluable or monitored");
                    }
                }
            }

            VerdictStatus? verdict = null;
            if (verdictNode is not null && _r.Text(verdictNode, $"the expected verdict of {what}") is { } verdictText)
            {
                // A verdict as a whole is never report-only, so a test cannot expect it.
                verdict = VerdictStatusNames.TryParse(verdictText, out var status) && status != VerdictStatus.ReportOnly ? status : null;
                if (verdict is null)
                {
                    _r.Error(verdictNode, $"the expected verdict is '{verdictText}'; it must be met, not-met or undetermined");
                }
            }

            var explanations = ImmutableArray.CreateBuilder<ExpectedExplanation>();
            if (explanationsNode is not null && _r.Mapping(explanationsNode, $"the expected explanations of {what}") is { } explanationMap)
            {
                foreach (var (keyNode, valueNode) in explanationMap.Entries)
                {
                    if (Goal(keyNode) is not { } goal)
                    {
                        continue;
                    }

                    var fragments = valueNode is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[valueNode];
                    foreach (var fragmentNode in fragments)
                    {
                        if (_r.Text(fragmentNode, $"a text the explanation of {goal} must contain") is { } fragment)
                        {
                            explanations.Add(new ExpectedExplanation(goal, fragment, _r.At(fragmentNode)));
                        }
                    }
                }
            }

            if (goalsNode is null && verdictNode is null && explanationsNode is null)
            {
                _r.Error(node, $"expect of {what} expects nothing; give goals, verdict or explanations");
                return null;
            }

            return new RuleTestExpectation(goals.ToImmutable(), verdict, verdictNode is null ? null : _r.At(verdictNode), explanations.ToImmutable());
        }

        private string? Goal(YamlNode keyNode)
        {
            if (_r.Text(keyNode, "a goal id") is not { } id)
            {
                return null;
            }

            if (_ruleSet.FindGoal(id) is not null)
            {
                return id;
            }

            _r.Error(keyNode, $"'{id}' is not a goal of the rule set '{_ruleSet.Id}'{Suggestions.DidYouMean(id, _ruleSet.Goals.Select(g => g.Id))}");
            return null;
        }
    }
}
