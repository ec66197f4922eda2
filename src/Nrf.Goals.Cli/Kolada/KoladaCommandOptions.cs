using System.CommandLine;
using System.Globalization;

namespace Nrf.Goals.Cli.Kolada;

/// <summary>
/// The options of the commands that ask Kolada — where it is (<c>--kolada-url</c>), the cache folder and how it is used,
/// how long and how often to try, and whether values Kolada flags are used — as the library's <c>KoladaOptions</c>
/// has them. Only System.CommandLine and plain types here: <c>evaluate</c> carries these options on every run, and
/// must not load the Kolada package unless a <c>kolada:</c> value is asked for.
/// </summary>
internal sealed class KoladaCommandOptions
{
    private readonly Option<string?> _url = new("--kolada-url") { Description = "Kolada's API address, ending in its version segment: https://api.kolada.se/v2 (the default); routes such as BASE/data/kpi/… follow it." };
    private readonly Option<string?> _cache = new("--kolada-cache") { Description = "The folder Kolada's answers are kept in, so a run can be repeated offline (default: $XDG_CACHE_HOME/nrf-goals/kolada or ~/.cache/nrf-goals/kolada)." };
    private readonly Option<bool> _offline = new("--kolada-offline") { Description = "Never ask Kolada: every answer must come from the cache." };
    private readonly Option<bool> _refresh = new("--kolada-refresh") { Description = "Ask Kolada again for every answer and replace the cache's." };
    private readonly Option<string?> _timeout = new("--kolada-timeout") { Description = "Seconds one request to Kolada may take before it is tried again (default 30)." };
    private readonly Option<string?> _retries = new("--kolada-retries") { Description = "How many times a request that failed for a passing reason (429, 5xx, timeout) is tried again (default 4)." };
    private readonly Option<bool> _useUncertain = new("--kolada-use-uncertain") { Description = "Use the values Kolada flags with a status (e.g. preliminary) instead of treating them as missing." };
    private readonly Option<string?> _years;

    /// <param name="yearsDescription">What <c>--years</c> means for the command.</param>
    public KoladaCommandOptions(string yearsDescription)
    {
        _years = new Option<string?>("--years") { Description = yearsDescription };
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _years, _url, _cache, _offline, _refresh, _timeout, _retries, _useUncertain })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The settings given when neither the command's own <paramref name="problems"/> nor these options have one; else
    /// null, after writing the command's problems (or, when it has none, these options') to <paramref name="error"/>.
    /// </summary>
    public KoladaSettings? ReadOrReport(ParseResult result, int? year, IReadOnlyList<string> problems, TextWriter error)
    {
        IReadOnlyList<string> own = [];
        var settings = problems.Count == 0 ? Read(result, year, out own) : null;
        if (settings is null)
        {
            foreach (var problem in problems.Count > 0 ? problems : own)
            {
                error.WriteLine(problem);
            }
        }

        return settings;
    }

    /// <summary>
    /// The settings given, or null with <paramref name="problems"/> (<c>nrf-goals: --kolada-url: …</c>) when one cannot
    /// be read; <paramref name="year"/> is the year assessed as <c>--year</c> gives it, if it does.
    /// </summary>
    private KoladaSettings? Read(ParseResult result, int? year, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        void Fail(string option, string message) => found.Add($"nrf-goals: {option}: {message}");

        Uri? url = null;
        if (result.GetValue(_url) is { } urlText)
        {
            if (!Uri.TryCreate(urlText.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
            {
                Fail("--kolada-url", $"'{urlText}' is not an http or https address such as https://api.kolada.se/v2");
            }
            else if (!IsVersionSegment(url.AbsolutePath.TrimEnd('/').Split('/')[^1]))
            {
                Fail("--kolada-url", $"'{urlText}' does not end in the API's version segment; write the address with it, e.g. {url.GetLeftPart(UriPartial.Authority)}/v2");
            }
        }

        var cache = result.GetValue(_cache);
        if (cache is not null && string.IsNullOrWhiteSpace(cache))
        {
            Fail("--kolada-cache", "the folder is empty");
        }

        var offline = result.GetValue(_offline);
        var refresh = result.GetValue(_refresh);
        if (offline && refresh)
        {
            Fail("--kolada-offline", "--kolada-offline never asks Kolada and --kolada-refresh always does; give one of them");
        }

        TimeSpan? timeout = null;
        if (result.GetValue(_timeout) is { } timeoutText)
        {
            if (decimal.TryParse(timeoutText.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600)
            {
                timeout = TimeSpan.FromMilliseconds((double)(seconds * 1000));
            }
            else
            {
                Fail("--kolada-timeout", $"'{timeoutText}' is not a number of seconds from 0.001 to 3600");
            }
        }

        int? retries = null;
        if (result.GetValue(_retries) is { } retriesText)
        {
            if (int.TryParse(retriesText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 20)
            {
                retries = n;
            }
            else
            {
                Fail("--kolada-retries", $"'{retriesText}' is not a number of retries from 0 to 20");
            }
        }

        var years = KoladaYears.Read(result.GetValue(_years), year, out var yearsProblem);
        if (yearsProblem is not null)
        {
            found.Add(yearsProblem);
        }

        return found.Count > 0 || years is null
            ? null
            : new KoladaSettings(url, cache, offline, refresh, timeout, retries, result.GetValue(_useUncertain), years.Value.Years, years.Value.Year);
    }

    private static bool IsVersionSegment(string segment) => segment.Length >= 2 && segment[0] == 'v' && segment[1..].All(char.IsAsciiDigit);
}
