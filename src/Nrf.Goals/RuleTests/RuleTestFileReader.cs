using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Reads one rule test file's root: the rule file it tests (named, or found beside it), the values its cases start from
/// (a file or an inline document) and the cases, each read by <see cref="RuleTestCaseReader"/>.
/// </summary>
internal sealed class RuleTestFileReader
{
    private static readonly string[] RootKeys = ["rules", "values", "cases"];

    private readonly RuleTestLoader _loader;
    private readonly NodeReader _r;
    private readonly string _path;
    private readonly List<Diagnostic> _warnings = new();
    private RuleSet _ruleSet = null!;

    public RuleTestFileReader(RuleTestLoader loader, NodeReader reader, string path)
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
        var caseReader = new RuleTestCaseReader(_r, ruleSet, _path, ReadValuesSource);
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
                if (caseReader.Read(item, valuesNode is null ? null : baseValues, valuesNode is not null, names) is { } testCase)
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
        var relative = rulesNode is null ? RuleTestLoader.DefaultRulesFile(_path) : _r.Text(rulesNode, "rules");
        if (relative is null)
        {
            if (rulesNode is null)
            {
                _r.Error(root, $"the test file's name does not end in '{RuleTestLoader.Suffix}', so the rule file it tests is unknown; name it with 'rules: <file>'");
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
}
