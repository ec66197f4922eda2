using System.Text;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Loading;

/// <summary>
/// Turns the bytes of a text input (rule, values or test file) into text: strict UTF-8 with an optional BOM; UTF-16 and
/// Windows-1252 are refused at the first byte that gives them away, so å ä ö are never read mangled.
/// </summary>
internal static class InputText
{
    public static string Decode(byte[] bytes, string name, DiagnosticBag bag)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            bag.Error(new SourceLocation(name, 1, 1), "the file is UTF-16 text; save it as UTF-8 (Excel: 'CSV UTF-8', editors: 'UTF-8')");
            return string.Empty;
        }

        string text;
        try
        {
            // Strict UTF-8 (BOM allowed): a file saved as Windows-1252 must be refused, not read with mangled å ä ö.
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The decoder reports the offset within its internal buffer, not the file; find the first bad byte ourselves.
            var offset = FirstInvalidUtf8(bytes);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
            var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart);
            bag.Error(new SourceLocation(name, line, column), "the file is not UTF-8 text; save it as UTF-8 (Excel: 'CSV UTF-8', editors: 'UTF-8')");
            return string.Empty;
        }

        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, true);
        var good = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2;
            try
            {
                decoder.GetCharCount(bytes, i, Math.Min(length, bytes.Length - i));
            }
            catch (DecoderFallbackException)
            {
                return i;
            }

            i += length;
            good = i;
        }

        return good;
    }
}
