using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// One values file of <c>report --values</c> with what it cannot say itself: <c>da08.csv@DÅ08</c>,
/// <c>da08.csv@2023-08-31</c> or both, <c>da08.csv@DÅ08,2023-08-31</c> — the report period and cut-off date of that
/// file alone, as <c>--period</c> and <c>--as-of</c> give them to <c>evaluate</c>. A file whose name has an <c>@</c> is
/// read as named when it exists.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Overrides">The header facts given after <c>@</c>, or null.</param>
internal sealed record ValuesArgument(string Path, ValuesHeaderOverrides? Overrides)
{
    /// <summary>Reads <paramref name="token"/>; null with <paramref name="problem"/> when what follows <c>@</c> is neither a period nor a date.</summary>
    public static ValuesArgument? Parse(string token, out string? problem)
    {
        problem = null;
        var at = token.LastIndexOf('@');
        if (at <= 0 || File.Exists(token) || Directory.Exists(token))
        {
            return new ValuesArgument(token, null);
        }

        // A header fact given here that disagrees (DÅ04 with a cut-off date in August) is blamed on the argument.
        var overrides = new ValuesHeaderOverrides { At = new SourceLocation($"--values {token}", 1, 1) };
        foreach (var part in token[(at + 1)..].Split(',', StringSplitOptions.TrimEntries))
        {
            if (ReportPeriodNames.TryParse(part, out var period) && overrides.Period is null)
            {
                overrides = overrides with { Period = period };
            }
            else if (HeaderOptions.TryAsOf(part, out var asOf) && overrides.AsOf is null)
            {
                overrides = overrides with { AsOf = asOf };
            }
            else
            {
                problem = $"nrf-goals: --values {token}: '{part}' after @ is neither a report period (DÅ04, DÅ08, ÅR) nor a cut-off date (yyyy-mm-dd), or is given twice; write e.g. {token[..at]}@DÅ08 or {token[..at]}@DÅ08,2023-08-31";
                return null;
            }
        }

        return new ValuesArgument(token[..at], overrides);
    }
}
