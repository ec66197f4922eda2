using System.CommandLine;
using Nrf.Goals.Cli.Commands;

namespace Nrf.Goals.Cli;

/// <summary>The <c>nrf-goals</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("nrf-goals: check goal rule files and judge god ekonomisk hushållning from reported values.")
        {
            EvaluateCommand.Create(Console.Out, Console.Error),
            ValidateCommand.Create(Console.Out, Console.Error),
            TestCommand.Create(Console.Out, Console.Error),
            SchemaCommand.Create(Console.Out, Console.Error),
            ReportCommand.Create(Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected),
        };
        return root.Parse(args).Invoke();
    }
}
