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
        var commands = new (string Name, Func<Command> Create)[]
        {
            ("evaluate", () => EvaluateCommand.Create(output, error)),
            ("validate", () => ValidateCommand.Create(output, error)),
            ("test", () => TestCommand.Create(output, error)),
            ("schema", () => SchemaCommand.Create(output, error)),
            ("report", () => ReportCommand.Create(output, error, showProgress)),
            ("values", () => ValuesCommand.Create(output, error)),
            ("compare", () => CompareCommand.Create(output, error, showProgress)),
        };

        // A command line names its command first: only that command is built, since building the others' options (and
        // JIT-compiling their code) is start-up time a one-shot run never uses. Help, a typo or no command get them all.
        var named = args.Length > 0 ? Array.FindAll(commands, c => c.Name == args[0]) : [];
        var root = new RootCommand("nrf-goals: check goal rule files and judge god ekonomisk hushållning from reported values.");
        foreach (var (_, create) in named.Length == 1 ? named : commands)
        {
            root.Add(create());
        }

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
