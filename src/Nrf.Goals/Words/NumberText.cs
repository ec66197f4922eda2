using System.Globalization;

namespace Nrf.Goals.Words;

/// <summary>Numbers as Swedish readers expect them in explanations and reports: <c>45 900</c>, <c>0,897</c>, <c>89,7 %</c>.</summary>
public static class NumberText
{
    private static readonly NumberFormatInfo Swedish = CreateSwedish();

    /// <summary>An integer with space grouping, otherwise up to three decimals with a decimal comma.</summary>
    public static string Format(decimal value) =>
        TryWrite(decimal.Round(value, 3, MidpointRounding.AwayFromZero), 3, trimZeros: true) ?? FormatWithPattern(value);

    /// <summary>True when <see cref="Format(decimal)"/> writes <paramref name="a"/> and <paramref name="b"/> the same, without formatting either.</summary>
    public static bool RoundsToSameText(decimal a, decimal b) =>
        decimal.Round(a, 3, MidpointRounding.AwayFromZero) == decimal.Round(b, 3, MidpointRounding.AwayFromZero);

    /// <summary>Every decimal the value has, with space grouping: <c>999 999,9996</c>.</summary>
    public static string FormatExact(decimal value) => value.ToString("#,0.############################", Swedish);

    /// <summary>A fixed number of decimals, e.g. <c>n1</c> → <c>89,7</c>.</summary>
    public static string Format(decimal value, int decimals) =>
        (decimals is >= 0 and <= MaxFastDecimals ? TryWrite(decimal.Round(value, decimals, MidpointRounding.AwayFromZero), decimals, trimZeros: false) : null)
        ?? FormatWithPattern(value, decimals);

    /// <summary>What <see cref="Format(decimal)"/> writes, through .NET's custom number format (the reference for the fast path).</summary>
    internal static string FormatWithPattern(decimal value) =>
        value == decimal.Truncate(value)
            ? value.ToString("#,0", Swedish)
            : decimal.Round(value, 3, MidpointRounding.AwayFromZero).ToString("#,0.###", Swedish);

    /// <summary>What <see cref="Format(decimal, int)"/> writes, through .NET's custom number format.</summary>
    internal static string FormatWithPattern(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(FixedFormat(decimals), Swedish).TrimEnd('.');

    private const int MaxFastDecimals = 6;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>
    /// Writes an already rounded value digit by digit — explanations format several numbers per goal on every
    /// evaluation, and .NET's custom format parses its pattern each time. Null (use the pattern) for what the fast path
    /// does not cover: very large values and a negative zero.
    /// </summary>
    private static string? TryWrite(decimal rounded, int decimals, bool trimZeros)
    {
        if (rounded == 0m && decimal.IsNegative(rounded))
        {
            return null;
        }

        // Bounded before scaling: a huge value times the scale would overflow decimal itself.
        if (rounded >= 100_000_000_000m || rounded <= -100_000_000_000m)
        {
            return null;
        }

        var scale = PowersOfTen[decimals];
        var scaled = rounded * scale;

        var n = (long)scaled;
        var negative = n < 0;
        var magnitude = negative ? -n : n;
        var integer = magnitude / scale;
        var fraction = magnitude % scale;
        var digits = decimals;
        if (trimZeros)
        {
            while (digits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
        }

        Span<char> buffer = stackalloc char[48];
        var position = buffer.Length;
        if (digits > 0)
        {
            for (var i = 0; i < digits; i++)
            {
                buffer[--position] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            buffer[--position] = ',';
        }

        var written = 0;
        do
        {
            if (written > 0 && written % 3 == 0)
            {
                buffer[--position] = ' ';
            }

            buffer[--position] = (char)('0' + (int)(integer % 10));
            integer /= 10;
            written++;
        }
        while (integer > 0);

        if (negative)
        {
            buffer[--position] = '-';
        }

        return new string(buffer[position..]);
    }

    // Explanations format numbers on every evaluation; the format strings for 0–3 decimals are made once.
    private static readonly string[] FixedFormats = ["#,0.", "#,0.0", "#,0.00", "#,0.000"];

    private static string FixedFormat(int decimals) =>
        decimals >= 0 && decimals < FixedFormats.Length ? FixedFormats[decimals] : "#,0." + new string('0', decimals);

    /// <summary>A ratio as per cent with one decimal: 0.8966 → <c>89,7 %</c>.</summary>
    public static string Percent(decimal ratio) =>
        // Beyond 7,9e26 the product itself would overflow decimal (a count divided by 1e-28 gets there); such a share is
        // written as the ratio times 100 rather than crashing the explanation.
        Math.Abs(ratio) <= decimal.MaxValue / 100m ? Format(ratio * 100m, 1) + " %" : Format(ratio, 1) + " × 100 %";

    /// <summary>
    /// A number with its unit as reports write it: <c>60 800,25 tkr</c>; a count (unit <c>antal</c> or none) without one.
    /// Plain spaces: documents for reading get no-break spaces from <c>ReadingText</c> (Nrf.Goals.Reports).
    /// </summary>
    public static string WithUnit(decimal value, string? unit) =>
        unit is null or "antal" ? Format(value) : $"{Format(value)} {unit}";

    /// <summary>A number as written in a rule file (<c>0.90</c>) in Swedish form (<c>0,90</c>), keeping its decimals.</summary>
    public static string Literal(string invariantText)
    {
        var text = invariantText.Replace("_", string.Empty, StringComparison.Ordinal);
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Format(value) : Format(value, text.Length - dot - 1);
    }

    /// <summary>Yes/no in Swedish.</summary>
    public static string YesNo(bool value) => value ? "ja" : "nej";

    private static NumberFormatInfo CreateSwedish()
    {
        // Fixed symbols instead of the sv-SE culture: output must not depend on the machine's ICU data
        // (which uses U+00A0 for grouping and U+2212 for minus in some versions).
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSeparator = " ";
        format.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(format);
    }
}
