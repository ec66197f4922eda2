namespace Nrf.Goals.Tables;

/// <summary>Reads an Excel cell reference such as <c>D7</c> or <c>XFD1048576</c> into its 1-based row and column.</summary>
internal static class CellReference
{
    /// <summary>True when <paramref name="text"/> is letters then digits; numbers beyond <see cref="int.MaxValue"/> saturate there.</summary>
    public static bool TryParse(string text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        long c = 0;
        var reference = text.Replace("$", string.Empty, StringComparison.Ordinal);
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            c = Math.Min((c * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1), int.MaxValue);
            i++;
        }

        long r = 0;
        var digits = 0;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]))
        {
            r = Math.Min((r * 10) + (reference[i] - '0'), int.MaxValue);
            i++;
            digits++;
        }

        if (c == 0 || digits == 0 || i != reference.Length)
        {
            return false;
        }

        (row, column) = ((int)r, (int)c);
        return true;
    }
}
