namespace Nrf.Goals.Expressions;

internal enum TokenKind
{
    End,
    Number,
    Identifier,
    Key,
    Symbol,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Start)
{
    public bool Is(string symbol) => Kind is TokenKind.Symbol or TokenKind.Identifier && Text == symbol;
}
