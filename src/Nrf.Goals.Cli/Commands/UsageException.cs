namespace Nrf.Goals.Cli.Commands;

/// <summary>A command line that parses but asks for something the command cannot do (e.g. DOCX to the terminal); exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
