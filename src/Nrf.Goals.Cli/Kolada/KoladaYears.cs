using System.Globalization;

namespace Nrf.Goals.Cli.Kolada;

/// <summary>
/// Which years to fetch from Kolada and which one is assessed: <c>--years 2021-2023</c> (or <c>2021,2023</c>, or one
/// year) with the last assessed unless <c>--year</c> says; <c>--year 2023</c> alone fetches it and the two years before,
/// as a three-year goal reads them.
/// </summary>
internal static class KoladaYears
{
    /// <summary>Years fetched before the assessed one when only <c>--year</c> is given.</summary>
    public const int YearsBefore = 2;

    /// <summary>The years and the assessed year; null with <paramref name="problem"/> when they cannot be read or do not fit.</summary>
    public static (IReadOnlyList<int> Years, int Year)? Read(string? yearsText, int? year, out string? problem)
    {
        problem = null;
        if (yearsText is null)
        {
            if (year is { } y)
            {
                return (Enumerable.Range(y - YearsBefore, YearsBefore + 1).ToList(), y);
            }

            problem = "nrf-goals: give the year assessed (--year 2023) or the years to fetch from Kolada (--years 2021-2023)";
            return null;
        }

        var years = Parse(yearsText);
        if (years is null)
        {
            problem = $"nrf-goals: --years: '{yearsText}' is not a span of years such as 2021-2023, a list such as 2021,2023, or one year";
            return null;
        }

        var assessed = year ?? years[^1];
        if (!years.Contains(assessed))
        {
            problem = $"nrf-goals: --year {assessed} is not one of --years {yearsText}; the year assessed must be fetched too";
            return null;
        }

        return (years, assessed);
    }

    private static List<int>? Parse(string text)
    {
        var set = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !ends.All(IsYear))
            {
                return null;
            }

            var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
            var to = int.Parse(ends[^1], CultureInfo.InvariantCulture);
            if (to < from || to - from > 50)
            {
                return null;
            }

            for (var y = from; y <= to; y++)
            {
                set.Add(y);
            }
        }

        return set.Count > 0 ? [.. set] : null;
    }

    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit) && text[0] != '0';
}
