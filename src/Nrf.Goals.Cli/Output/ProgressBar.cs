using System.Globalization;
using Nrf.Goals.Kolada;

namespace Nrf.Goals.Cli.Output;

/// <summary>
/// A progress bar on stderr while <c>compare</c> fetches: one line redrawn in place (<c>\r</c>) as each KPI's values come,
/// then ended. Only shown when stderr is a terminal, so a log or a pipe never gets the redraws.
/// </summary>
internal sealed class ProgressBar(TextWriter error, string what) : IProgress<KoladaProgress>
{
    private const int Width = 24;

    public void Report(KoladaProgress value)
    {
        var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
        var line = $"\rnrf-goals: {what} [{new string('#', filled)}{new string('.', Width - filled)}] {value.Done.ToString(CultureInfo.InvariantCulture)}/{value.Total.ToString(CultureInfo.InvariantCulture)} {value.KpiId}";
        error.Write(line);
        if (value.Done == value.Total)
        {
            error.WriteLine();
        }

        error.Flush();
    }
}
