using System.Globalization;
using System.Text.RegularExpressions;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads numbers, yes/no and dates from the text users write in rule and values files and in table cells, the same way
/// for every reader. Numbers accept the invariant form (<c>1234.5</c>, <c>1_234.5</c>) and, on purpose, the Swedish one
/// (<c>1 234,5</c>, grouping by space or no-break space) because controllers copy figures from Excel.
/// </summary>
public static partial class ValueText
{
    // Underscores group digits as in the expression language (500_000), so a baseline reads like its criterion.
    [GeneratedRegex(@"^[+-]?\d+(_\d+)*(\.\d+)?([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvariantNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}([ \u00A0\u202F]\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SwedishNumber();

    /// <summary>
    /// Reads a finite decimal number, invariant or Swedish (<c>1 234,5</c>; a leading U+2212 minus as Excel and Word write
    /// it); false with the <paramref name="problem"/> in plain words ("'NaN' is not a number that can be reported; write a
    /// finite number") when it is none, or too large or too precise for <see cref="decimal"/>.
    /// </summary>
    public static bool TryNumber(string text, out decimal value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
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
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        number = t.Length > 1 && t[^1] == '%' ? t[..^1].TrimEnd(' ', '\u00A0', '\u202F') : string.Empty;
        return number.Length > 0;
    }

    /// <summary>Reads a whole number written with digits and an optional sign.</summary>
    public static bool TryInteger(string text, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a date written <c>yyyy-mm-dd</c> that is in the calendar.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Reads yes/no as YAML and JSON write it: <c>true</c> or <c>false</c> (also <c>True</c>, <c>TRUE</c>, …).</summary>
    public static bool TryBool(string text, out bool value)
    {
        ArgumentNullException.ThrowIfNull(text);
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
        ArgumentNullException.ThrowIfNull(text);
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

    /// <summary>
    /// The problem with a text holding a character no report format can show: a C0 control other than tab, line feed and
    /// carriage return (from a YAML escape such as <c>\x01</c> or a table cell), a C1 control (U+0080–U+009F, which
    /// terminals obey as commands), the noncharacters U+FFFE and U+FFFF, or half of a surrogate pair — XML (DOCX, JUnit)
    /// forbids them all; null when there is none.
    /// </summary>
    public static string? ControlCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F')
            {
                return $"the text contains the control character U+{(int)c:X4}, which a report cannot show; remove it";
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return $"the text contains the noncharacter U+{(int)c:X4}, which a report cannot show; remove it";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"the text contains half of a surrogate pair (U+{(int)c:X4}), which is no character; remove it";
            }
        }

        return null;
    }
}
