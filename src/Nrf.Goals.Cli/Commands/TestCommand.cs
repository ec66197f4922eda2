using System.CommandLine;
using System.Text.RegularExpressions;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals test [PATH…] [--run REGEX] [--format text|junit] [--out FILE] [--coverage] [--coverage-min N]</c>:
/// runs the cases of rule test files (<c>*.tests.yaml</c>). Exit 0 when every case passed (and coverage is high enough),
/// 1 when a case failed, no case was found or coverage is too low, 2 when a test, rule or values file is invalid.
/// </summary>
internal static class TestCommand
{
    public const int Failed = 1;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Test files, or folders searched recursively for *.tests.yaml (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var run = new Option<string?>("--run") { Description = "Run only the cases whose name, or file:name, matches this regular expression." };
        var format = new Option<string>("--format") { Description = "text (for people) or junit (JUnit XML for CI systems).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        var outFile = new Option<string?>("--out") { Description = "Write the report to this file (atomically); stdout then gets the summary line." };
        var coverage = new Option<bool>("--coverage") { Description = "Print which goals and criterion parts the cases do not cover." };
        // Read as text: the option parser's decimal takes ',' as a thousands separator, so 9,5 would be 95.
        var coverageMin = new Option<string?>("--coverage-min") { Description = "Fail (exit 1) when a rule set's coverage is under this percentage (0–100; 99,5 or 99.5); implies --coverage." };
        var command = new Command("test", "Run the test cases of rule test files (*.tests.yaml) and report what differed.")
        {
            paths, run, format, outFile, coverage, coverageMin,
        };
        command.SetAction(result => CommandRunner.Run(error, () => Execute(
            result.GetValue(paths) is { Length: > 0 } given ? given : ["."],
            result.GetValue(run),
            result.GetValue(format) == "junit",
            result.GetValue(outFile),
            result.GetValue(coverage) || result.GetValue(coverageMin) is not null,
            result.GetValue(coverageMin),
            output,
            error)));
        return command;
    }

    private static int Execute(string[] paths, string? run, bool junit, string? outPath, bool showCoverage, string? coverageMinText, TextWriter output, TextWriter error)
    {
        if (!TryParseRun(run, error, out var select) || !TryParseCoverageMin(coverageMinText, error, out var coverageMin))
        {
            return ExitCodes.BadInput;
        }

        var files = TestFileDiscovery.Find(paths, error);
        if (files is null || (outPath is not null && !CheckOut(outPath, files, error)))
        {
            return ExitCodes.BadInput;
        }

        var report = new TestReport(RunAll(files, select, error), showCoverage, coverageMin);
        report.Write(junit, outPath, output, error);
        foreach (var c in report.TooLow)
        {
            error.WriteLine($"nrf-goals: the coverage of {c.RuleSetId} is {NumberText.Format(c.Percent)} %, under the required {NumberText.Format(coverageMin!.Value)} %");
        }

        if (report.Invalid > 0)
        {
            return ExitCodes.BadInput;
        }

        if (report.Cases == 0)
        {
            error.WriteLine(select is null ? "nrf-goals: no test cases found" : $"nrf-goals: no test case matches --run '{run}'");
            return Failed;
        }

        return report.Failed > 0 || report.TooLow.Count > 0 ? Failed : ExitCodes.Ok;
    }

    /// <summary>The regular expression of <c>--run</c>, if given; false after reporting one that is not valid.</summary>
    private static bool TryParseRun(string? run, TextWriter error, out Regex? select)
    {
        select = null;
        if (run is null)
        {
            return true;
        }

        try
        {
            select = new Regex(run, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"nrf-goals: --run '{run}' is not a valid regular expression: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// The percentage of <c>--coverage-min</c>, if given, read as users write numbers (<c>99,5</c> or <c>99.5</c>, a
    /// trailing <c>%</c> allowed); false after reporting one that is no number from 0 to 100.
    /// </summary>
    private static bool TryParseCoverageMin(string? text, TextWriter error, out decimal? coverageMin)
    {
        coverageMin = null;
        if (text is null)
        {
            return true;
        }

        var number = ValueText.TryPerCentText(text, out var beforeSign) ? beforeSign : text;
        if (!ValueText.TryNumber(number, out var percent, out _) || percent is < 0 or > 100)
        {
            error.WriteLine($"nrf-goals: --coverage-min '{text}' is not a percentage from 0 to 100; write e.g. 95, 99,5 or 99.5");
            return false;
        }

        coverageMin = percent;
        return true;
    }

    /// <summary>False after reporting an <c>--out</c> that would overwrite a test, rule or values file, or that is no regular file.</summary>
    private static bool CheckOut(string outPath, List<string> files, TextWriter error)
    {
        if (files.Any(f => SamePath.As(f, outPath)))
        {
            error.WriteLine($"{outPath}:1:1: --out names a test file; choose another file so the test file is not overwritten");
            return false;
        }

        if (OutTarget.Problem(outPath) is { } problem)
        {
            error.WriteLine($"{outPath}:1:1: {problem}");
            return false;
        }

        // Test files name rule and values files anywhere; rather than trace them all, never overwrite an existing input-like file.
        if (File.Exists(outPath) && Path.GetExtension(outPath).ToLowerInvariant() is ".yaml" or ".yml" or ".json" or ".csv" or ".xlsx")
        {
            error.WriteLine($"{outPath}:1:1: --out names an existing {Path.GetExtension(outPath)} file, which may be a rule or values file; write the JUnit report to a new file (e.g. test-results.xml)");
            return false;
        }

        return true;
    }

    /// <summary>Loads and runs each test file; a file that cannot be loaded is reported and kept with its errors.</summary>
    private static List<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)> RunAll(List<string> files, Regex? select, TextWriter error)
    {
        var loader = new RuleTestLoader((path, ruleSet) => ValuesTables.Load(path, ruleSet));
        var runner = new RuleTestRunner(new NRulesCompiler());
        var results = new List<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)>();
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var tests = loader.Load(file);
                foreach (var warning in tests.Warnings.Where(w => warned.Add(w.ToString())))
                {
                    // A values file shared by several test files warns once.
                    error.WriteLine(DisplayText.Clean(warning.ToString()));
                }

                var outcomes = runner.Run(tests, c => Selected(select, c.Name, c.Id));
                results.Add((file, outcomes, []));
            }
            catch (NrfGoalsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    error.WriteLine(DisplayText.Clean(diagnostic.ToString()));
                }

                results.Add((file, [], e.Diagnostics));
            }
        }

        return results;
    }

    /// <summary>Whether <c>--run</c> selects the case named <paramref name="name"/> (or <paramref name="id"/>, its file:name); every case without it.</summary>
    private static bool Selected(Regex? select, string name, string id)
    {
        if (select is null)
        {
            return true;
        }

        try
        {
            return select.IsMatch(name) || select.IsMatch(id);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new UsageException($"--run '{select}' takes too long to match a case name; write a simpler pattern");
        }
    }
}
