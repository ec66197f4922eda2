using System.CommandLine;
using System.Text;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Cli.Kolada;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Words;
using Nrf.Goals.Tables;
using Nrf.Goals.Values;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals evaluate --rules R --values V [--format json|text|md|html|docx] [--lang sv|en] [--out FILE] [--entity E --year Y --report K --period P --as-of D] [--allow-unknown-indicators] [--years Y1-Y2 --kolada-…]</c>:
/// judges one values document (YAML, JSON, CSV or Excel, or <c>kolada:1442</c> fetched from Kolada); the header options override the document's header.
/// Exit 0 whenever it evaluated, whatever the verdict; exit 2 with located messages for bad input.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Option<string>("--rules") { Description = "The rule file (YAML).", Required = true };
        var values = new Option<string>("--values")
        {
            Description = "The values: a YAML or JSON document, or a table (.csv as Swedish Excel saves it, .xlsx) with the columns indicator;year;breakdown;value (+ date, comment); "
                + "or kolada:KOMMUN (a code such as 1442 or a name) to fetch the rule set's kolada: indicators from Kolada for the year (--year or --years).",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = "json (the contract for scripts), text (a summary for people), or a report section: md, html, docx (docx needs --out).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text", "md", "html", "docx");
        var lang = new Option<string>("--lang") { Description = "Language of text, md, html and docx reports: sv (default) or en.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var outFile = new Option<string?>("--out") { Description = "Write to this file (atomically) instead of stdout." };
        var command = new Command("evaluate", "Evaluate a values document against a rule set and print every goal's status and the verdict.")
        {
            rules, values, format, lang, outFile,
        };
        var header = new HeaderOptions();
        header.AddTo(command);
        var unknown = new UnknownIndicatorPolicy();
        unknown.AddTo(command);
        var kolada = new KoladaCommandOptions("With --values kolada:KOMMUN: the years to fetch, e.g. 2021-2023 (the last is assessed unless --year says); default --year and the two years before.");
        kolada.AddTo(command);
        command.SetAction(result => CommandRunner.Run(error, () =>
        {
            var rulesPath = result.GetValue(rules)!;
            var valuesPath = result.GetValue(values)!;
            var outPath = result.GetValue(outFile);
            var chosen = result.GetValue(format)!;
            ReportOutput.CheckOut(outPath, chosen, [rulesPath, valuesPath]);

            var overrides = header.Read(result, out var optionProblems);
            if (optionProblems.Count > 0)
            {
                foreach (var problem in optionProblems)
                {
                    error.WriteLine(problem);
                }

                return ExitCodes.BadInput;
            }

            var ruleSet = RuleSetLoader.Load(rulesPath);

            // The rules compile on another core while the values load: neither needs the other, and on a one-shot run
            // both are start-up time. One report per process: interpreted expressions cost no IL and no JIT, which
            // one evaluation never earns back.
            var compiling = Task.Run(() => new NRulesCompiler(null, ExpressionCompilation.Interpreted).Compile(ruleSet));
            ValuesDocument document;
            if (KoladaValuesArgument.Municipality(valuesPath) is { } municipality)
            {
                if (kolada.ReadOrReport(result, overrides?.Year, [], error) is not { } settings)
                {
                    return ExitCodes.BadInput;
                }

                // Kolada's values as the document 'values kolada' writes, read as any values file: one path, one meaning.
                var yaml = OneMunicipality.Yaml(ruleSet, municipality, overrides?.Entity, settings, error, out var source);
                document = ValuesLoader.Parse(yaml, source, ruleSet, overrides);
            }
            else
            {
                document = ValuesTables.Load(valuesPath, ruleSet, overrides);
            }

            if (unknown.Refused(result, document) is { Count: > 0 } refused)
            {
                foreach (var problem in refused)
                {
                    error.WriteLine(DisplayText.Clean(problem.ToString()));
                }

                error.WriteLine(UnknownIndicatorPolicy.Advice);
                return ExitCodes.BadInput;
            }

            var evaluation = compiling.GetAwaiter().GetResult().Evaluate(document);
            foreach (var warning in evaluation.Warnings)
            {
                error.WriteLine(DisplayText.Clean(warning.ToString()));
            }

            var language = ReportOutput.Language(result.GetValue(lang));
            var bytes = chosen switch
            {
                "json" => Encoding.UTF8.GetBytes(JsonReport.Write(evaluation)),
                "text" => Encoding.UTF8.GetBytes(TextSummary.Write(ruleSet, evaluation, language)),
                _ => ReportOutput.Render(EvaluationReport.Build(ruleSet, evaluation, language), chosen),
            };
            ReportOutput.Emit(bytes, outPath, output);

            return ExitCodes.Ok;
        }));
        return command;
    }
}
