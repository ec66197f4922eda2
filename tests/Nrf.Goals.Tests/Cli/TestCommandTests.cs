using System.Xml.Linq;
using Nrf.Goals.Tests.RuleTests;

namespace Nrf.Goals.Tests.Cli;

public sealed class TestCommandTests : IDisposable
{
    private const string Cases = """
        cases:
          - name: equity met
            set: {equity: 100}
            expect: {goals: {g2: met}}
          - name: equity low
            set: {equity: 99}
            expect: {goals: {g2: met}}

        """;

    private readonly RuleTestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Test_ACaseFails_PrintsPassFailWhatDifferedAndSummaryExitsOne()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, output, error) = CliRunner.Run("test", _workspace.Folder);

        exit.Should().Be(1);
        error.Should().BeEmpty();
        output.Should().Be(
            $"{path}\n"
            + "  PASS  equity met\n"
            + "  FAIL  equity low\n"
            + "        g2: expected met, got not-met — equity = 99 < 100\n"
            + "2 cases: 1 passed, 1 failed\n");
    }

    [Fact]
    public void Test_AllPass_ExitsZero()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, output, _) = CliRunner.Run("test", path, "--run", "met$");

        exit.Should().Be(0);
        output.Should().Be($"{path}\n  PASS  equity met\n1 case: 1 passed, 0 failed\n");
    }

    [Fact]
    public void Test_RunMatchesFileColonName_SelectsThatCase()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, output, _) = CliRunner.Run("test", path, "--run", "tiny\\.tests\\.yaml:equity low");

        exit.Should().Be(1);
        output.Should().EndWith("1 case: 0 passed, 1 failed\n");
        output.Should().NotContain("equity met");
    }

    [Fact]
    public void Test_RunMatchesNothing_ExitsOneAndSaysSo()
    {
        _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, _, error) = CliRunner.Run("test", _workspace.Folder, "--run", "nothing like this");

        exit.Should().Be(1);
        error.Should().Be("nrf-goals: no test case matches --run 'nothing like this'\n");
    }

    [Fact]
    public void Test_InvalidTestFile_LocatedErrorsExitTwo()
    {
        var path = _workspace.Write("tiny.tests.yaml", "cases:\n  - name: x\n    set: {equity: lots}\n    expect: {goals: {g2: met}}\n");

        var (exit, output, error) = CliRunner.Run("test", path);

        exit.Should().Be(2);
        error.Should().Be($"{path}:3:19: 'equity': 'lots' is not a number\n");
        output.Should().Be("0 cases: 0 passed, 0 failed, 1 test file invalid\n");
    }

    [Fact]
    public void Test_MissingPath_ExitsTwo()
    {
        var missing = Path.Combine(_workspace.Folder, "nope");

        var (exit, _, error) = CliRunner.Run("test", missing);

        exit.Should().Be(2);
        error.Should().Be($"{missing}:1:1: the file or folder does not exist\n");
    }

    [Fact]
    public void Test_Junit_OneSuitePerFileOneCasePerCaseFailureWithLocation()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, output, error) = CliRunner.Run("test", path, "--format", "junit", "--coverage");

        exit.Should().Be(1);
        error.Should().StartWith("coverage of tiny (").And.EndWith("\n2 cases: 1 passed, 1 failed\n");
        var root = XDocument.Parse(output).Root!;
        root.Name.LocalName.Should().Be("testsuites");
        (root.Attribute("tests")!.Value, root.Attribute("failures")!.Value, root.Attribute("errors")!.Value).Should().Be(("2", "1", "0"));
        var suite = root.Elements("testsuite").Should().ContainSingle().Subject;
        suite.Attribute("name")!.Value.Should().Be(path);
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal("equity met", "equity low");
        cases[0].Elements().Should().BeEmpty();
        var failure = cases[1].Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be("g2: expected met, got not-met — equity = 99 < 100");
        failure.Value.Should().Be($"{path}:7:22: g2: expected met, got not-met — equity = 99 < 100");
    }

    [Fact]
    public void Test_JunitOut_WritesTheFileAndPrintsTheTextReport()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);
        var report = Path.Combine(_workspace.Folder, "out", "junit.xml");

        var (exit, output, _) = CliRunner.Run("test", path, "--format", "junit", "--out", report, "--run", "met$");

        exit.Should().Be(0);
        output.Should().EndWith("1 case: 1 passed, 0 failed\n");
        XDocument.Load(report).Root!.Element("testsuite")!.Elements("testcase").Select(c => c.Attribute("name")!.Value).Should().Equal("equity met");
        Directory.GetFiles(Path.GetDirectoryName(report)!).Should().Equal(report);
    }

    [Fact]
    public void Test_OutNamesATestFile_RefusedAndTheFileKept()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, _, error) = CliRunner.Run("test", path, "--format", "junit", "--out", path);

        exit.Should().Be(2);
        error.Should().Be($"{path}:1:1: --out names a test file; choose another file so the test file is not overwritten\n");
        File.ReadAllText(path).Should().Be(Cases);
    }

    [Fact]
    public void Test_OutNamesTheRuleFileUnderTest_RefusedAndTheFileKept()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);
        var rules = Path.Combine(Path.GetDirectoryName(path)!, "tiny.yaml");
        var before = File.ReadAllText(rules);

        var (exit, _, error) = CliRunner.Run("test", path, "--format", "junit", "--out", rules);

        exit.Should().Be(2);
        error.Should().Be($"{rules}:1:1: --out names an existing .yaml file, which may be a rule or values file; write the JUnit report to a new file (e.g. test-results.xml)\n");
        File.ReadAllText(rules).Should().Be(before);
    }

    [Fact]
    public void Test_RunPatternThatBacktracksForever_ExitsTwoInsteadOfHanging()
    {
        var name = new string('a', 40) + "!";
        var path = _workspace.Write("tiny.tests.yaml", $"cases:\n  - {{name: '{name}', set: {{a: 10, b: 10}}, expect: {{goals: {{g1: met}}}}}}\n");

        var (exit, _, error) = CliRunner.Run("test", path, "--run", "(a+)+$");

        exit.Should().Be(2);
        error.Should().Be("nrf-goals: --run '(a+)+$' takes too long to match a case name; write a simpler pattern\n");
    }

    [Fact]
    public void Test_ValuesFileWithAnUnknownIndicator_WarnsOnceAndRuns()
    {
        var values = _workspace.Write("values.yaml", "entity: demo\nyear: 2023\nreport: annual\nvalues: {equity: 100, equitty: 5}\n");
        _workspace.Write("tiny.tests.yaml", "values: values.yaml\ncases:\n  - {name: one, expect: {goals: {g2: met}}}\n");
        _workspace.Write("more.tests.yaml", "rules: tiny.yaml\nvalues: values.yaml\ncases:\n  - {name: two, expect: {goals: {g2: met}}}\n");

        var (exit, output, error) = CliRunner.Run("test", _workspace.Folder);

        exit.Should().Be(0);
        error.Should().Be($"{values}:4:23: warning: 'equitty' is not an indicator of the rule set 'tiny' (did you mean 'equity'?); its values are ignored\n");
        output.Should().EndWith("2 cases: 2 passed, 0 failed\n");
    }

    [Fact]
    public void Test_JunitInvalidFile_AnErrorTestCase()
    {
        var path = _workspace.Write("tiny.tests.yaml", "cases: []\n");

        var (exit, output, _) = CliRunner.Run("test", path, "--format", "junit");

        exit.Should().Be(2);
        var suite = XDocument.Parse(output).Root!.Element("testsuite")!;
        suite.Element("testcase")!.Element("error")!.Value.Should().Be($"{path}:1:8: cases is empty; write at least one case");
    }

    [Fact]
    public void Test_CoverageMinNotReached_PrintsGapsAndExitsOne()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);
        var rules = Path.Combine(_workspace.Folder, "tiny.yaml");

        var (exit, output, error) = CliRunner.Run("test", path, "--coverage-min", "50", "--run", "met$");

        exit.Should().Be(1);
        output.Should().Be(
            $"{path}\n"
            + "  PASS  equity met\n"
            + $"coverage of tiny ({rules}): 6,6 % (1 of 15 items)\n"
            + "  not evaluated by any case:\n"
            + "    g1\n"
            + "    g4\n"
            + "  never seen both met and not met:\n"
            + "    g2 (seen met only)\n"
            + "  parts never decisive both ways:\n"
            + "    g1 part 1 \"A\" (never decisive)\n"
            + "    g1 part 2 \"B\" (never decisive)\n"
            + "  policy outcomes no case tests:\n"
            + "    operational (atLeast 1): met, not-met or undetermined (none tested)\n"
            + "    financial (all): met, not-met or undetermined (none tested)\n"
            + "    verdict: met, not-met or undetermined (none tested)\n"
            + "1 case: 1 passed, 0 failed\n");
        error.Should().Be("nrf-goals: the coverage of tiny is 6,6 %, under the required 50 %\n");
    }

    [Fact]
    public void Test_CoverageMinReached_ExitsZero()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        // One case: g3 (monitored) is covered, 1 of 15 items = 6,66… %, shown rounded down, compared exactly.
        var (exit, output, error) = CliRunner.Run("test", path, "--coverage-min", "6.6", "--run", "met$");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain(": 6,6 % (1 of 15 items)\n");
        CliRunner.Run("test", path, "--coverage-min", "6.7", "--run", "met$").Exit.Should().Be(1);
    }

    [Theory]
    [InlineData("6,5")]
    [InlineData("6.5")]
    [InlineData("6,6 %")]
    [InlineData("6,6%")]
    public void Test_CoverageMinWithADecimalCommaOrPoint_ReadAsWritten(string percent)
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        // 1 of 15 items is 6,6 %: 6,5 was read as 65 (the option parser took ',' for a thousands separator, issue 22).
        var (exit, _, error) = CliRunner.Run("test", path, "--coverage-min", percent, "--run", "met$");

        exit.Should().Be(0);
        error.Should().BeEmpty();
    }

    [Fact]
    public void Test_CoverageMinWithADecimalCommaAboveTheCoverage_FailsNamingItAsWritten()
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, _, error) = CliRunner.Run("test", path, "--coverage-min", "6,7", "--run", "met$");

        exit.Should().Be(1);
        error.Should().Be("nrf-goals: the coverage of tiny is 6,6 %, under the required 6,7 %\n");
    }

    [Theory]
    [InlineData("9,5x")]
    [InlineData("1.000,5")]
    [InlineData("9,5,1")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("95 %%")]
    [InlineData("nan")]
    [InlineData("")]
    public void Test_CoverageMinThatIsNoPercentage_ExitTwoSayingWhatToWrite(string percent)
    {
        var path = _workspace.Write("tiny.tests.yaml", Cases);

        var (exit, output, error) = CliRunner.Run("test", path, "--coverage-min", percent);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"nrf-goals: --coverage-min '{percent}' is not a percentage from 0 to 100; write e.g. 95, 99,5 or 99.5\n");
    }

    [Fact]
    public void Test_EveryGoalCoveredButNoCaseOnTheVerdict_FailsTheHundredPercentBound()
    {
        // Issue 20: coverage reached 100 % without a single case on the verdict policy. These cases put every goal and
        // part on both sides of its boundary, and pass through every verdict, but none expects a verdict or a category.
        var path = _workspace.Write("tiny.tests.yaml", """
            cases:
              - {name: all met, set: {a: 10, b: 10, equity: 100, method_bank: {status: met}}, expect: {goals: {g1: met, g2: met, g4: met}}}
              - {name: a fails, set: {a: 9, b: 10, equity: 99, method_bank: {status: not-met}}, expect: {goals: {g1: partly-met, g2: not-met, g4: not-met}}}
              - {name: b fails, set: {a: 10, b: 9}, expect: {goals: {g1: partly-met, g2: not-evaluable}}}

            """);

        var (exit, output, error) = CliRunner.Run("test", path, "--coverage-min", "100");

        exit.Should().Be(1);
        output.Should().Contain(": 40 % (6 of 15 items)\n  policy outcomes no case tests:\n    operational (atLeast 1): met, not-met or undetermined (none tested)\n");
        error.Should().Be("nrf-goals: the coverage of tiny is 40 %, under the required 100 %\n");
    }

    [Fact]
    public void Test_ShippedRules_AllPassWithFullCoverage()
    {
        var (exit, output, error) = CliRunner.Run("test", RepositoryPaths.Rules("nrf"), "--coverage-min", "100");

        exit.Should().Be(0, error);
        output.Should().Contain("coverage of nrf-2023-2025 (").And.Contain("): 100 % (29 of 29 items)\n").And.EndWith("43 cases: 43 passed, 0 failed\n");
    }
}
