using System.CommandLine;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals schema [rules|values]</c>: prints the JSON Schema of rule files (default) or of values documents, for
/// editors such as VS Code's YAML extension.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("KIND") { Description = "rules (the rule-file format, the default) or values (values documents).", DefaultValueFactory = _ => "rules" };
        kind.AcceptOnlyFromAmong("rules", "values");
        var command = new Command("schema", "Print the JSON Schema (draft-07) of the rule-file format, for editor completion and checks (or of values documents).") { kind };
        command.SetAction(result => CommandRunner.Run(error, () =>
        {
            output.Write(result.GetValue(kind) == "values" ? FileSchemas.Values : FileSchemas.RuleSet);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
