using System.Globalization;

namespace Nrf.Goals.Results;

/// <summary>Numbers as Swedish readers expect them in explanations and reports: <c>45 900</c>, <c>0,897</c>, <c>89,7 %</c>.</summary>
public static class NumberText
{
    private static readonly NumberFormatInfo Swedish = CreateSwedish();

    /// <summary>An integer with space grouping, otherwise up to three decimals with a decimal comma.</summary>
    public static string Format(decimal value) =>
        value == decimal.Truncate(value)
            ? value.ToString("#,0", Swedish)
            : decimal.Round(value, 3, MidpointRounding.AwayFromZero).ToString("#,0.###", Swedish);

    /// <summary>Every decimal the value has, with space grouping: <c>999 999,9996</c>.</summary>
    public static string FormatExact(decimal value) => value.ToString("#,0.############################", Swedish);

    /// <summary>A fixed number of decimals, e.g. <c>n1</c> → <c>89,7</c>.</summary>
    public static string Format(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(FixedFormat(decimals), Swedish).TrimEnd('.');

    // Explanations format numbers on every evaluation; the format strings for 0–3 decimals are made once.
    private static readonly string[] FixedFormats = ["#,0.", "#,0.0", "#,0.00", "#,0.000"];

    private static string FixedFormat(int decimals) =>
        decimals >= 0 && decimals < FixedFormats.Length ? FixedFormats[decimals] : "#,0." + new string('0', decimals);

    /// <summary>A ratio as per cent with one decimal: 0.8966 → <c>89,7 %</c>.</summary>
    public static string Percent(decimal ratio) => Format(ratio * 100m, 1) + " %";

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
