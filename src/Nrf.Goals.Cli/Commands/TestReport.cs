using System.Text;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// The report of <c>nrf-goals test</c>: each test file's cases as PASS or FAIL with what differed, the coverage of each
/// rule set when asked, and a summary line; written as text or JUnit XML, to stdout or atomically to a file.
/// </summary>
internal sealed class TestReport
{
    private readonly IReadOnlyList<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)> _results;
    private readonly string _cases;
    private readonly string _coverage;
    private readonly string _summary;

    /// <param name="results">Each test file's outcomes, or the errors that kept it from loading.</param>
    /// <param name="showCoverage">True to measure and list coverage.</param>
    /// <param name="coverageMin">The coverage each rule set must reach, in per cent, if any.</param>
    public TestReport(IReadOnlyList<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)> results, bool showCoverage, decimal? coverageMin)
    {
        _results = results;
        var all = results.SelectMany(r => r.Outcomes).ToList();
        Cases = all.Count;
        Failed = all.Count(o => !o.Passed);
        Invalid = results.Count(r => r.Errors.Count > 0);
        _cases = CasesText(results);
        (_coverage, TooLow) = showCoverage ? CoverageText(all, coverageMin) : (string.Empty, []);
        _summary = $"{Cases} case{(Cases == 1 ? string.Empty : "s")}: {Cases - Failed} passed, {Failed} failed" + (Invalid > 0 ? $", {Invalid} test file{(Invalid == 1 ? string.Empty : "s")} invalid" : string.Empty) + "\n";
    }

    /// <summary>How many cases ran.</summary>
    public int Cases { get; }

    /// <summary>How many cases failed.</summary>
    public int Failed { get; }

    /// <summary>How many test files could not be loaded.</summary>
    public int Invalid { get; }

    /// <summary>The rule sets whose coverage is under the required minimum.</summary>
    public IReadOnlyList<RuleSetCoverage> TooLow { get; }

    /// <summary>
    /// Writes the report: JUnit XML or text, to <paramref name="outPath"/> (stdout then gets the summary) or to stdout (with
    /// JUnit there, coverage and the summary go to stderr, so stdout carries only the XML).
    /// </summary>
    public void Write(bool junit, string? outPath, TextWriter output, TextWriter error)
    {
        // Case names, failure messages and rule-set ids come from test and rule files; remove what would change how a
        // terminal or editor shows them (bidi overrides, ESC).
        var shown = DisplayText.Clean(_cases + _coverage + _summary);
        if (junit)
        {
            var xml = JUnitReport.Write(_results);
            if (outPath is null)
            {
                output.Write(Encoding.UTF8.GetString(xml));
                error.Write(DisplayText.Clean(_coverage));
                error.Write(_summary);
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
            output.Write(_summary);
        }
    }

    private static string CasesText(IReadOnlyList<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)> results)
    {
        var report = new StringBuilder();
        foreach (var (file, outcomes, _) in results.Where(r => r.Errors.Count == 0 && r.Outcomes.Count > 0))
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

        return report.ToString();
    }

    private static (string Text, IReadOnlyList<RuleSetCoverage> TooLow) CoverageText(IReadOnlyList<RuleTestOutcome> all, decimal? coverageMin)
    {
        var tooLow = new List<RuleSetCoverage>();
        var text = new StringBuilder();
        foreach (var c in RuleCoverage.Measure(all))
        {
            text.Append($"coverage of {c.RuleSetId} ({c.RulesFile}): {NumberText.Format(c.Percent)} % ({c.Covered} of {c.Total} items)\n");
            AppendList(text, "not evaluated by any case", c.GoalsNotEvaluated);
            AppendList(text, "never seen both met and not met", c.GoalsOneSided);
            AppendList(text, "parts never decisive both ways", c.PartsNotDecisive);
            AppendList(text, "policy outcomes no case tests", c.PolicyOutcomesNotTested);
            if (coverageMin is { } min && !c.Reaches(min))
            {
                tooLow.Add(c);
            }
        }

        return (text.ToString(), tooLow);
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
