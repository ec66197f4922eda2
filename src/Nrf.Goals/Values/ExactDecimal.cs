using System.Globalization;

namespace Nrf.Goals.Values;

/// <summary>
/// Reads a number as a <see cref="decimal"/> only when decimal holds it exactly. <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>
/// rounds beyond 28–29 significant digits (and 1e-30 to 0) without a word; a reported value or a criterion's threshold
/// must be kept exactly, or refused.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>True when <paramref name="invariant"/> (digits, optional point and exponent) is held exactly in <paramref name="value"/>.</summary>
    public static bool TryParse(string invariant, NumberStyles styles, out decimal value) =>
        decimal.TryParse(invariant, styles, CultureInfo.InvariantCulture, out value)
        && SignificantDigits(invariant.Split('e', 'E')[0]) == SignificantDigits(value.ToString(CultureInfo.InvariantCulture));

    private static string SignificantDigits(string number)
    {
        // Leading and trailing zeros carry no digits of precision (the exponent or the point places them).
        return new string(number.Where(char.IsAsciiDigit).ToArray()).Trim('0');
    }
}
