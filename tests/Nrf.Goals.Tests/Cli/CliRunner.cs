using System.CommandLine;
using Nrf.Goals.Cli.Commands;

namespace Nrf.Goals.Tests.Cli;

/// <summary>Runs nrf-goals commands in-process and captures stdout, stderr and the exit code.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(showProgress: false, args);

    /// <param name="showProgress">What the program passes when stderr is a terminal.</param>
    /// <param name="args">The command line.</param>
    public static (int Exit, string Out, string Err) Run(bool showProgress, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand
        {
            EvaluateCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            TestCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            ReportCommand.Create(output, error, showProgress),
        };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
