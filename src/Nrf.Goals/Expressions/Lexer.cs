using System.Globalization;

namespace Nrf.Goals.Expressions;

/// <summary>Splits an expression into tokens; anything that is not part of the rule language is refused here, at its position.</summary>
internal sealed class Lexer
{
    private static readonly string[] Symbols = ["<=", ">=", "==", "!=", "&&", "||", "<", ">", "+", "-", "*", "/", "(", ")", ",", "[", "]", "!"];
    private readonly string _text;
    private int _pos;

    public Lexer(string text) => _text = text;

    public Token Next(bool keyExpected = false)
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.End, string.Empty, _pos);
        }

        var start = _pos;
        var c = _text[_pos];
        if (keyExpected && (char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            // Breakdown keys are names like K, M, jamtland-harjedalen: hyphens belong to the key here.
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-'))
            {
                _pos++;
            }

            return new Token(TokenKind.Key, _text[start.._pos], start);
        }

        if (char.IsAsciiDigit(c))
        {
            while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(_text[_pos + 1]))
            {
                _pos++;
                while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
                {
                    _pos++;
                }
            }

            if (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '.'))
            {
                throw new ExpressionException(new ExpressionError(_pos, $"'{_text[_pos]}' cannot follow the number {_text[start.._pos]}; write numbers like 0.90 or 500_000"));
            }

            // Refused like a values file's number: decimal.TryParse would round 8.0000000000000000000000000001 to 8 silently.
            if (!Values.ExactDecimal.TryParse(_text[start.._pos].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, out _))
            {
                throw new ExpressionException(new ExpressionError(start, $"'{_text[start.._pos]}' is too large or too precise for a decimal number"));
            }

            return new Token(TokenKind.Number, _text[start.._pos], start);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            return new Token(TokenKind.Identifier, _text[start.._pos], start);
        }

        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, start);
            }
        }

        throw new ExpressionException(new ExpressionError(start, Unexpected(c)));
    }

    private static string Unexpected(char c) => c switch
    {
        '=' => "use == to compare two values ('=' alone is not an operator)",
        '.' => "'.' is not allowed: expressions may use only indicator ids, numbers, operators and the documented functions (no members or methods)",
        '"' or '\'' => "text in quotes is not allowed in expressions; breakdown keys are written bare, e.g. x[K]",
        ',' => "unexpected ','",
        // Invisible characters (NUL, zero-width space, other format characters) are named by code only: quoting them shows nothing.
        _ when char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
            => $"the invisible character U+{(int)c:X4} is not allowed in expressions; delete it",
        _ => $"the character '{c}' (U+{(int)c:X4}) is not allowed in expressions",
    };

    public static decimal ParseNumber(string text) =>
        decimal.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
