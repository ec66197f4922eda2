using Nrf.Goals.Cli;

namespace Nrf.Goals.Tests.Cli;

/// <summary>Runs nrf-goals commands in-process, exactly as the program does, and captures stdout, stderr and the exit code.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(showProgress: false, args);

    /// <param name="showProgress">What the program passes when stderr is a terminal.</param>
    /// <param name="args">The command line.</param>
    public static (int Exit, string Out, string Err) Run(bool showProgress, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error, showProgress);
        return (exit, output.ToString(), error.ToString());
    }
}
