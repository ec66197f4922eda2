using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Runs every file of <c>Hardening/Corpus/</c> through the loaders and compares the diagnostics with the file's
/// expectations exactly (severity, line, column, message). Rule files are loaded alone; values files are loaded against
/// <c>Corpus/values/_rules.yaml</c>.
/// </summary>
public sealed class CorpusTests
{
    private static readonly Lazy<RuleSet> ValuesRules = new(() => RuleSetLoader.Load(Path.Combine(CorpusCase.Folder, "values", "_rules.yaml")));

    public static TheoryData<string> RuleFiles() => new(CorpusCase.All("rules").Select(c => c.Name));

    public static TheoryData<string> ValueFiles() => new(CorpusCase.All("values").Select(c => c.Name));

    public static TheoryData<string> AllFiles() => new(CorpusCase.All("rules").Concat(CorpusCase.All("values")).Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Load_CorpusRuleFile_ReportsExactlyTheExpectedDiagnostics(string name)
    {
        var corpusCase = new CorpusCase("rules", name);
        var expected = corpusCase.Expected();

        Actual(corpusCase, () => RuleSetLoader.Load(corpusCase.FullPath).Warnings).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(ValueFiles))]
    public void Load_CorpusValuesFile_ReportsExactlyTheExpectedDiagnostics(string name)
    {
        var corpusCase = new CorpusCase("values", name);
        var expected = corpusCase.Expected();

        Actual(corpusCase, () => ValuesLoader.Load(corpusCase.FullPath, ValuesRules.Value).Warnings).Should().Equal(expected);
    }

    [Fact]
    public void Corpus_HasAtLeastEightyCasesEachExpectingSomething()
    {
        var cases = CorpusCase.All("rules").Concat(CorpusCase.All("values")).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(80);
        cases.Where(c => c.Expected().Count == 0).Should().BeEmpty("every case states what it must produce");
    }

    [Fact]
    public void Load_ValuesCorpusRuleSet_WarnsOnlyAboutItsDeliberatelyUnusedIndicator()
    {
        ValuesRules.Value.Warnings.Select(d => d.Message).Should().Equal("the indicator 'spare_tkr' is declared but no goal uses it");
    }

    /// <summary>
    /// The public API's promise: bad input of any kind surfaces as <see cref="NrfGoalsException"/> (or loads), whichever
    /// loader and entry point (path, stream, text) is used, and with or without a rule set for values.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Load_AnyCorpusFileThroughAnyLoader_ThrowsNoExceptionButNrfGoalsException(string file)
    {
        var path = Path.Combine(CorpusCase.Folder, file);
        var attempts = new Action[]
        {
            () => RuleSetLoader.Load(path),
            () => { using var s = File.OpenRead(path); RuleSetLoader.Load(s, file); },
            () => RuleSetLoader.Parse(File.ReadAllText(path), file),
            () => ValuesLoader.Load(path),
            () => ValuesLoader.Load(path, ValuesRules.Value),
            () => { using var s = File.OpenRead(path); ValuesLoader.Load(s, file, ValuesRules.Value); },
            () => ValuesLoader.Parse(File.ReadAllText(path), file, ValuesRules.Value),
        };

        foreach (var attempt in attempts)
        {
            try
            {
                attempt();
            }
            catch (NrfGoalsException e)
            {
                e.Diagnostics.Should().NotBeEmpty().And.Contain(d => d.Severity == DiagnosticSeverity.Error);
                e.Diagnostics.Should().OnlyContain(d => d.Location.Line >= 1 && d.Location.Column >= 1);
            }
        }
    }

    private static IReadOnlyList<string> Actual(CorpusCase corpusCase, Func<IEnumerable<Diagnostic>> load)
    {
        IEnumerable<Diagnostic> diagnostics;
        try
        {
            diagnostics = load();
        }
        catch (NrfGoalsException e)
        {
            diagnostics = e.Diagnostics;
        }

        var list = diagnostics.ToList();
        list.Should().OnlyContain(d => d.Location.File == corpusCase.FullPath, "every diagnostic names the file it is about");
        return list.Select(d => $"{(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Location.Line}:{d.Location.Column}: {d.Message}").ToList();
    }
}
