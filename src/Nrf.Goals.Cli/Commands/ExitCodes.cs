namespace Nrf.Goals.Cli.Commands;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job (for evaluate: it evaluated, whatever the verdict).</summary>
    public const int Ok = 0;

    /// <summary>Bad input: every problem was printed to stderr as file:line:column: message.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error of the tool (a bug): reported in one line, without a stack trace.</summary>
    public const int InternalError = 70;
}
