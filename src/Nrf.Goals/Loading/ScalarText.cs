using System.Globalization;
using System.Text.RegularExpressions;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads numbers, yes/no and dates from the text users write. Numbers accept the invariant form (<c>1234.5</c>, <c>1_234.5</c>) and,
/// on purpose, the Swedish one (<c>1 234,5</c>, grouping by space or no-break space) because controllers copy figures from Excel.
/// </summary>
internal static partial class ScalarText
{
    // Underscores group digits as in the expression language (500_000), so a baseline reads like its criterion.
    [GeneratedRegex(@"^[+-]?\d+(_\d+)*(\.\d+)?([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvariantNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}([ \u00A0\u202F]\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SwedishNumber();

    public static bool TryNumber(string text, out decimal value, out string? problem)
    {
        value = 0;
        problem = null;
        var written = text.Trim();
        var t = written;
        if (t.Length == 0)
        {
            problem = "a number is missing";
            return false;
        }

        if (t.ToLowerInvariant() is ".nan" or "nan" or ".inf" or "-.inf" or "+.inf" or "inf" or "infinity" or "-infinity")
        {
            problem = $"'{t}' is not a number that can be reported; write a finite number";
            return false;
        }

        // Excel and Word may write the minus as U+2212; only in the sign's place, so "5 −" or "−−5" stay refused.
        if (t.Length > 1 && t[0] == '\u2212' && t[1] != '\u2212')
        {
            t = "-" + t[1..];
        }

        string invariant;
        if (InvariantNumber().IsMatch(t))
        {
            invariant = t.Replace("_", string.Empty, StringComparison.Ordinal);
        }
        else if (SwedishNumber().IsMatch(t))
        {
            invariant = t.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
                .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else
        {
            problem = $"'{written}' is not a number";
            return false;
        }

        if (Values.ExactDecimal.TryParse(invariant, NumberStyles.Float, out value))
        {
            return true;
        }

        problem = $"'{written}' is too large or too precise for a decimal number";
        return false;
    }

    /// <summary>
    /// A number written as per cent in a text cell, as Swedish Excel saves a per-cent cell to CSV: <c>15,5 %</c>,
    /// <c>15,5%</c> or with a no-break space. <paramref name="number"/> is the text before the one trailing <c>%</c>,
    /// still to be read with <see cref="TryNumber"/> (so <c>15,5 %%</c> stays refused).
    /// </summary>
    public static bool TryPerCentText(string text, out string number)
    {
        var t = text.Trim();
        number = t.Length > 1 && t[^1] == '%' ? t[..^1].TrimEnd(' ', '\u00A0', '\u202F') : string.Empty;
        return number.Length > 0;
    }

    public static bool TryInteger(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim())
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// Reads yes/no as table cells write it: <c>true</c>/<c>false</c>, Swedish <c>ja</c>/<c>nej</c>, and Swedish Excel's
    /// <c>SANT</c>/<c>FALSKT</c>, in any case.
    /// </summary>
    public static bool TryYesNo(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "ja" or "sant":
                value = true;
                return true;
            case "false" or "nej" or "falskt":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
