using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tables;

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
        var coverageMin = new Option<decimal?>("--coverage-min") { Description = "Fail (exit 1) when a rule set's coverage is under this percentage; implies --coverage." };
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

    private static int Execute(string[] paths, string? run, bool junit, string? outPath, bool showCoverage, decimal? coverageMin, TextWriter output, TextWriter error)
    {
        Regex? select = null;
        if (run is not null)
        {
            try
            {
                select = new Regex(run, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"nrf-goals: --run '{run}' is not a valid regular expression: {e.Message}");
                return ExitCodes.BadInput;
            }
        }

        if (coverageMin is < 0 or > 100)
        {
            error.WriteLine($"nrf-goals: --coverage-min {coverageMin} must be a percentage from 0 to 100");
            return ExitCodes.BadInput;
        }

        var files = Discover(paths, error);
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        if (outPath is not null && files.Any(f => SamePath.As(f, outPath)))
        {
            error.WriteLine($"{outPath}:1:1: --out names a test file; choose another file so the test file is not overwritten");
            return ExitCodes.BadInput;
        }

        if (outPath is not null && FileKind.NotRegular(outPath) is { } kind)
        {
            error.WriteLine($"{outPath}:1:1: --out names {kind}, not a regular file; a report is written as a new file that replaces its target, so give a file name (to print the report, leave out --out)");
            return ExitCodes.BadInput;
        }

        // Test files name rule and values files anywhere; rather than trace them all, never overwrite an existing input-like file.
        if (outPath is not null && File.Exists(outPath)
            && Path.GetExtension(outPath).ToLowerInvariant() is ".yaml" or ".yml" or ".json" or ".csv" or ".xlsx")
        {
            error.WriteLine($"{outPath}:1:1: --out names an existing {Path.GetExtension(outPath)} file, which may be a rule or values file; write the JUnit report to a new file (e.g. test-results.xml)");
            return ExitCodes.BadInput;
        }

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

        var all = results.SelectMany(r => r.Outcomes).ToList();
        var failed = all.Count(o => !o.Passed);
        var invalid = results.Count(r => r.Errors.Count > 0);
        var report = new StringBuilder();
        foreach (var (file, outcomes, errors) in results.Where(r => r.Errors.Count == 0 && r.Outcomes.Count > 0))
        {
            report.Append(file).Append('\n');
            foreach (var outcome in outcomes)
            {
                report.Append(outcome.Passed ? "  PASS  " : "  FAIL  ").Append(outcome.Case.Name).Append('\n');
                foreach (var failure in outcome.Failures)
                {
                    report.Append("        ").Append(failure.Message).Append('\n');
                }
            }
        }

        var tooLow = new List<RuleSetCoverage>();
        var coverageText = new StringBuilder();
        if (showCoverage)
        {
            foreach (var c in RuleCoverage.Measure(all))
            {
                coverageText.Append($"coverage of {c.RuleSetId} ({c.RulesFile}): {NumberText.Format(c.Percent)} % ({c.Covered} of {c.Total} items)\n");
                AppendList(coverageText, "not evaluated by any case", c.GoalsNotEvaluated);
                AppendList(coverageText, "never seen both met and not met", c.GoalsOneSided);
                AppendList(coverageText, "parts never decisive both ways", c.PartsNotDecisive);
                if (coverageMin is { } min && !c.Reaches(min))
                {
                    tooLow.Add(c);
                }
            }
        }

        var summary = $"{all.Count} case{(all.Count == 1 ? string.Empty : "s")}: {all.Count - failed} passed, {failed} failed" + (invalid > 0 ? $", {invalid} test file{(invalid == 1 ? string.Empty : "s")} invalid" : string.Empty) + "\n";
        report.Append(coverageText).Append(summary);

        // Case names, failure messages and rule-set ids come from test and rule files; remove what would change how a
        // terminal or editor shows them (bidi overrides, ESC).
        var shown = DisplayText.Clean(report.ToString());
        var coverageShown = DisplayText.Clean(coverageText.ToString());

        if (junit)
        {
            var xml = JUnitReport.Write(results);
            if (outPath is null)
            {
                // stdout carries only the XML; people still see coverage and the summary on stderr.
                output.Write(Encoding.UTF8.GetString(xml));
                error.Write(coverageShown);
                error.Write(summary);
            }
            else
            {
                AtomicFile.Write(outPath, s => s.Write(xml));
                output.Write(shown);
            }
        }
        else if (outPath is null)
        {
            output.Write(shown);
        }
        else
        {
            AtomicFile.Write(outPath, s => s.Write(Encoding.UTF8.GetBytes(shown)));
            output.Write(summary);
        }

        foreach (var c in tooLow)
        {
            error.WriteLine($"nrf-goals: the coverage of {c.RuleSetId} is {NumberText.Format(c.Percent)} %, under the required {NumberText.Format(coverageMin!.Value)} %");
        }

        if (invalid > 0)
        {
            return ExitCodes.BadInput;
        }

        if (all.Count == 0)
        {
            error.WriteLine(select is null ? "nrf-goals: no test cases found" : $"nrf-goals: no test case matches --run '{run}'");
            return Failed;
        }

        return failed > 0 || tooLow.Count > 0 ? Failed : ExitCodes.Ok;
    }

    /// <summary>The test files under <paramref name="paths"/>, each once, in ordinal order of their shown path; null after reporting a missing path.</summary>
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

    private static List<string>? Discover(string[] paths, TextWriter error)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = false;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.TryAdd(Path.GetFullPath(path), Shown(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in TestFilesUnder(path))
                {
                    found.TryAdd(Path.GetFullPath(file), Shown(file));
                }
            }
            else
            {
                error.WriteLine($"{path}:1:1: the file or folder does not exist");
                missing = true;
            }
        }

        return missing ? null : found.Values.Order(StringComparer.Ordinal).ToList();
    }

    // A folder is searched without entering linked folders (symbolic links, junctions): a link back up the tree
    // (loop -> ..) would list every case once more per turn until the path is too long, and two such links make the
    // walk exponential, so it never ends. A linked file is still read, and a linked folder named on the command line
    // is searched, since neither can loop.
    private static IEnumerable<string> TestFilesUnder(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, "*" + RuleTestLoader.Suffix))
            {
                yield return file;
            }

            foreach (var sub in new DirectoryInfo(current).EnumerateDirectories())
            {
                if (sub.LinkTarget is null)
                {
                    // Built from the path as given, so files are shown relative to it, as before.
                    pending.Push(Path.Combine(current, sub.Name));
                }
            }
        }
    }

    private static string Shown(string path)
    {
        var shown = path.Replace('\\', '/');
        while (shown.StartsWith("./", StringComparison.Ordinal))
        {
            shown = shown[2..];
        }

        return shown.Replace("//", "/", StringComparison.Ordinal);
    }

    private static void AppendList(StringBuilder report, string title, IReadOnlyCollection<string> items)
    {
        if (items.Count > 0)
        {
            report.Append($"  {title}:\n");
            foreach (var item in items)
            {
                report.Append($"    {item}\n");
            }
        }
    }
}
