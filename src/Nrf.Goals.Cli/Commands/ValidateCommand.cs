using System.CommandLine;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary><c>nrf-goals validate RULES…</c>: loads and checks rule files; prints every problem; exit 0 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("RULES") { Description = "Rule files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check rule files: YAML, keys, types, indicators, functions, policy.") { files };
        command.SetAction(result => CommandRunner.Run(error, () =>
        {
            var failed = false;
            foreach (var file in result.GetValue(files)!)
            {
                try
                {
                    var ruleSet = RuleSetLoader.Load(file);
                    foreach (var warning in ruleSet.Warnings)
                    {
                        error.WriteLine(DisplayText.Clean(warning.ToString()));
                    }

                    output.WriteLine($"{file}: ok ({ruleSet.Goals.Length} goals, {ruleSet.Indicators.Length} indicators)");
                }
                catch (NrfGoalsException e)
                {
                    failed = true;
                    foreach (var diagnostic in e.Diagnostics)
                    {
                        error.WriteLine(DisplayText.Clean(diagnostic.ToString()));
                    }
                }
            }

            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
