using System.CommandLine;
using Nrf.Goals.Cli.Commands;

namespace Nrf.Goals.Cli;

/// <summary>The <c>nrf-goals</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);

    /// <summary>Runs one command line; tests call this in-process with their own writers.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress)
    {
        var root = new RootCommand("nrf-goals: check goal rule files and judge god ekonomisk hushållning from reported values.")
        {
            EvaluateCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            TestCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            ReportCommand.Create(output, error, showProgress),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A mistyped option or value is bad input like any other (exit 2), not the parser's generic 1.
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"nrf-goals: {problem.Message}");
            }

            error.WriteLine("Run 'nrf-goals --help' or 'nrf-goals COMMAND --help' for the options.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
