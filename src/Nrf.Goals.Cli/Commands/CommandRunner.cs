using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>Runs a command body and turns every failure into plain lines on stderr and an exit code, never a stack trace.</summary>
internal static class CommandRunner
{
    public static int Run(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (NrfGoalsException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                // A message may quote the input; a bidi override or ESC in it would change what the terminal shows.
                error.WriteLine(DisplayText.Clean(diagnostic.ToString()));
            }

            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            error.WriteLine($"nrf-goals: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"nrf-goals: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"nrf-goals: internal error ({e.GetType().Name}): {e.Message}. Please report it with the input files.");
            return ExitCodes.InternalError;
        }
    }
}
