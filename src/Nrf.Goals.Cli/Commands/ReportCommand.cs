using System.CommandLine;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Words;
using Nrf.Goals.Tables;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals report --rules R --values V1[@DÅ08][,yyyy-mm-dd] V2 … [--format md|html|docx] [--lang sv|en] [--out FILE] [--allow-unknown-indicators]</c>: several values
/// documents of one rule set (several years, or DÅ 08 and ÅR of one year) as one report — every goal's status and outcome
/// per report, and for each later report of the same year what changed and why.
/// </summary>
internal static class ReportCommand
{
    /// <param name="output">Where the report goes without <c>--out</c>.</param>
    /// <param name="error">Where problems (and progress) go.</param>
    /// <param name="showProgress">True when stderr is a terminal: then each values file is announced as it is evaluated.</param>
    public static Command Create(TextWriter output, TextWriter error, bool showProgress)
    {
        var rules = new Option<string>("--rules") { Description = "The rule file (YAML).", Required = true };
        var values = new Option<string[]>("--values")
        {
            Description = "Values documents (YAML, JSON, or .csv/.xlsx tables as evaluate reads them), one per report; any order (the report sorts them by year and period). "
                + "A file's report period and cut-off date follow an @: da08.csv@DÅ08, da08.csv@2023-08-31, da08.csv@DÅ08,2023-08-31.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "md (default), html, or docx (docx needs --out).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "docx");
        var lang = new Option<string>("--lang") { Description = "Language of the report: sv (default) or en.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var outFile = new Option<string?>("--out") { Description = "Write to this file (atomically; folders are created) instead of stdout." };
        var command = new Command("report", "Report several values documents of one rule set: each goal across years and periods, and what changed between reports of the same year.")
        {
            rules, values, format, lang, outFile,
        };
        var unknown = new UnknownIndicatorPolicy();
        unknown.AddTo(command);
        command.SetAction(result => CommandRunner.Run(error, () =>
        {
            var rulesPath = result.GetValue(rules)!;
            var arguments = new List<ValuesArgument>();
            foreach (var token in result.GetValue(values)!)
            {
                if (ValuesArgument.Parse(token, out var argumentProblem) is { } argument)
                {
                    arguments.Add(argument);
                }
                else
                {
                    error.WriteLine(argumentProblem);
                }
            }

            if (arguments.Count < result.GetValue(values)!.Length)
            {
                return ExitCodes.BadInput;
            }

            var valuesPaths = arguments.Select(a => a.Path).ToArray();
            var outPath = result.GetValue(outFile);
            var chosen = result.GetValue(format)!;
            ReportOutput.CheckOut(outPath, chosen, [rulesPath, .. valuesPaths]);

            var ruleSet = RuleSetLoader.Load(rulesPath);
            var compiled = new NRulesCompiler().Compile(ruleSet);
            var evaluations = new List<EvaluationResult>(valuesPaths.Length);
            var seen = new Dictionary<string, (string Path, bool Assumed)>(StringComparer.Ordinal);
            var problems = new List<Diagnostic>();
            var unknownRefused = false;
            for (var i = 0; i < valuesPaths.Length; i++)
            {
                var path = valuesPaths[i];
                if (showProgress)
                {
                    error.WriteLine($"nrf-goals: [{i + 1}/{valuesPaths.Length}] {path}");
                }

                try
                {
                    var loaded = ValuesTables.Load(path, ruleSet, arguments[i].Overrides);
                    if (unknown.Refused(result, loaded) is { Count: > 0 } refused)
                    {
                        problems.AddRange(refused);
                        unknownRefused = true;
                        continue;
                    }

                    var evaluation = compiled.Evaluate(loaded);
                    foreach (var warning in evaluation.Warnings)
                    {
                        error.WriteLine(DisplayText.Clean(warning.ToString()));
                    }

                    var column = $"{evaluation.Year} {(evaluation.Period is { } p ? ReportPeriodNames.Display(p) : evaluation.Report == Values.ReportKind.Annual ? "ÅR" : "DÅ")}";
                    if (seen.TryGetValue(column, out var other))
                    {
                        // A table that names no report is read as ÅR, so a DÅ 08 table beside the ÅR one lands here: say how to name it.
                        var assumed = other.Assumed ? other.Path : evaluation.ReportAssumed ? path : null;
                        var how = assumed is null ? string.Empty : $"; {assumed} gives no report period and was read as ÅR: write --values {assumed}@DÅ08 (or @DÅ04), or add the row rapport;;;DÅ 08 to the table";
                        problems.Add(new Diagnostic(new SourceLocation(path, 1, 1), $"{other.Path} is also the report {column}; give one values file per year and report period{how}"));
                    }

                    seen[column] = (path, evaluation.ReportAssumed);
                    evaluations.Add(evaluation);
                }
                catch (NrfGoalsException e)
                {
                    // Collect every file's problems so that one run shows them all.
                    problems.AddRange(e.Diagnostics);
                }
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    error.WriteLine(DisplayText.Clean(problem.ToString()));
                }

                if (unknownRefused)
                {
                    error.WriteLine(UnknownIndicatorPolicy.Advice);
                }

                return ExitCodes.BadInput;
            }

            var document = TrajectoryReport.Build(ruleSet, evaluations, ReportOutput.Language(result.GetValue(lang)));
            ReportOutput.Emit(ReportOutput.Render(document, chosen), outPath, output);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
