using System.Collections.Immutable;

namespace Nrf.Goals.Expressions;

/// <summary>
/// Parses the rule language:
/// <code>
/// expr       := or
/// or         := and (("or" | "||") and)*
/// and        := not (("and" | "&amp;&amp;") not)*
/// not        := ("not" | "!") not | comparison
/// comparison := sum (("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") sum)?
/// sum        := product (("+" | "-") product)*
/// product    := unary (("*" | "/") unary)*
/// unary      := "-" unary | primary
/// primary    := number | "true" | "false" | id ("[" key "]")? | function "(" expr ("," expr)* ")" | "(" expr ")"
/// </code>
/// </summary>
internal static class ExpressionParser
{
    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Deepest nesting accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Most levels of the expression's tree: every operator and function call is one level, so a chain
    /// <c>x + x + … + x</c> of 64 terms is 64 levels though it has no brackets. Evaluating and compiling recurse once per
    /// level; at this height whatever validates also evaluates on a 1 MB stack (the default of threads on Windows and macOS).
    /// </summary>
    public const int MaxTreeDepth = 64;

    /// <summary>
    /// Most terms (operators, function calls, indicators and numbers) in one expression. Each term becomes code that the
    /// engine compiles and the runtime JIT-compiles once per rule set (about 30 µs a term), so the terms, not the
    /// characters, bound what a criterion costs: 200 is eight times the longest criterion of the shipped plans and room
    /// for the deepest chain <see cref="MaxTreeDepth"/> admits.
    /// </summary>
    public const int MaxTerms = 200;

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and the error.</summary>
    public static Expr? TryParse(string text, out ExpressionError? error)
    {
        error = null;
        if (text.Length > MaxLength)
        {
            error = new ExpressionError(0, $"the expression is {text.Length} characters long; the limit is {MaxLength}");
            return null;
        }

        try
        {
            var parser = new Parser(text);
            return parser.ParseAll();
        }
        catch (ExpressionException e)
        {
            error = e.Error;
            return null;
        }
    }

    private sealed class Parser
    {
        private static readonly HashSet<string> Reserved = ["and", "or", "not", "true", "false"];
        // Spans of parenthesised operands, so that "(a + b) * c" covers its brackets and explanations can quote it.
        private readonly Dictionary<Expr, (int Start, int End)> _parenthesised = new(ReferenceEqualityComparer.Instance);
        // Tree heights of the nodes built so far above a leaf (a leaf is 1), so a new node's height is known in O(1).
        private readonly Dictionary<Expr, int> _heights = new(ReferenceEqualityComparer.Instance);
        private readonly Lexer _lexer;
        private Token _token;
        private int _depth;
        private int _terms;

        public Parser(string text)
        {
            _lexer = new Lexer(text);
            _token = _lexer.Next();
        }

        public Expr ParseAll()
        {
            if (_token.Kind == TokenKind.End)
            {
                throw Error(_token.Start, "the expression is empty");
            }

            var expr = ParseOr();
            if (_token.Kind != TokenKind.End)
            {
                throw Error(_token.Start, $"unexpected '{_token.Text}' after a complete expression");
            }

            return expr;
        }

        private Expr ParseOr()
        {
            var left = ParseAnd();
            while (_token.Is("or") || _token.Is("||"))
            {
                var operatorAt = _token.Start;
                Advance();
                var right = ParseAnd();
                left = Built(new BinaryExpr(BinaryOperator.Or, left, right, StartOf(left), End(right) - StartOf(left)), operatorAt, left, right);
            }

            return left;
        }

        private Expr ParseAnd()
        {
            var left = ParseNot();
            while (_token.Is("and") || _token.Is("&&"))
            {
                var operatorAt = _token.Start;
                Advance();
                var right = ParseNot();
                left = Built(new BinaryExpr(BinaryOperator.And, left, right, StartOf(left), End(right) - StartOf(left)), operatorAt, left, right);
            }

            return left;
        }

        private Expr ParseNot()
        {
            if (_token.Is("not") || _token.Is("!"))
            {
                var start = _token.Start;
                Advance();
                var operand = Nested(ParseNot, start);
                return Built(new UnaryExpr(UnaryOperator.Not, operand, start, End(operand) - start), start, operand);
            }

            return ParseComparison();
        }

        private Expr ParseComparison()
        {
            var left = ParseSum();
            var op = ComparisonAt(_token);
            if (op is null)
            {
                return left;
            }

            var comparisonAt = _token.Start;
            Advance();
            var right = ParseSum();
            if (ComparisonAt(_token) is not null)
            {
                throw Error(_token.Start, "compare two values at a time; join comparisons with 'and' (e.g. a >= 1 and a <= 5)");
            }

            return Built(new BinaryExpr(op.Value, left, right, StartOf(left), End(right) - StartOf(left)), comparisonAt, left, right);
        }

        private Expr ParseSum()
        {
            var left = ParseProduct();
            while (_token.Is("+") || _token.Is("-"))
            {
                var op = _token.Text == "+" ? BinaryOperator.Add : BinaryOperator.Subtract;
                var operatorAt = _token.Start;
                Advance();
                var right = ParseProduct();
                left = Built(new BinaryExpr(op, left, right, StartOf(left), End(right) - StartOf(left)), operatorAt, left, right);
            }

            return left;
        }

        private Expr ParseProduct()
        {
            var left = ParseUnary();
            while (_token.Is("*") || _token.Is("/"))
            {
                var op = _token.Text == "*" ? BinaryOperator.Multiply : BinaryOperator.Divide;
                var operatorAt = _token.Start;
                Advance();
                var right = ParseUnary();
                left = Built(new BinaryExpr(op, left, right, StartOf(left), End(right) - StartOf(left)), operatorAt, left, right);
            }

            return left;
        }

        private Expr ParseUnary()
        {
            if (_token.Is("-"))
            {
                var start = _token.Start;
                Advance();
                var operand = Nested(ParseUnary, start);
                return Built(new UnaryExpr(UnaryOperator.Negate, operand, start, End(operand) - start), start, operand);
            }

            return ParsePrimary();
        }

        private Expr ParsePrimary()
        {
            var token = _token;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new NumberLiteral(Lexer.ParseNumber(token.Text), token.Text, token.Start, token.Text.Length);
                case TokenKind.Identifier when token.Text is "true" or "false":
                    Advance();
                    return new BoolLiteral(token.Text == "true", token.Start, token.Text.Length);
                case TokenKind.Identifier when Reserved.Contains(token.Text):
                    throw Error(token.Start, $"'{token.Text}' needs a value before it");
                case TokenKind.Identifier:
                    Advance();
                    if (_token.Is("("))
                    {
                        return ParseCall(token);
                    }

                    if (_token.Is("["))
                    {
                        var key = _lexer.Next(keyExpected: true);
                        if (key.Kind != TokenKind.Key)
                        {
                            throw Error(key.Start, $"expected a breakdown key after '[', e.g. {token.Text}[K]");
                        }

                        _token = _lexer.Next();
                        if (!_token.Is("]"))
                        {
                            throw Error(_token.Start, "expected ']' after the breakdown key");
                        }

                        var end = _token.Start + 1;
                        Advance();
                        return new IndicatorRef(token.Text, key.Text, token.Start, end - token.Start);
                    }

                    return new IndicatorRef(token.Text, null, token.Start, token.Text.Length);
                case TokenKind.Symbol when token.Text == "(":
                    Advance();
                    var inner = Nested(ParseOr, token.Start);
                    var close = _token.Start + 1;
                    Expect(")", "expected ')' to close the '('");
                    _parenthesised[inner] = (token.Start, close);
                    return inner;
                case TokenKind.End:
                    throw Error(token.Start, "the expression ends where a value was expected");
                default:
                    throw Error(token.Start, $"unexpected '{token.Text}' where a value was expected");
            }
        }

        private Expr ParseCall(Token name)
        {
            Advance();
            var args = ImmutableArray.CreateBuilder<Expr>();
            if (!_token.Is(")"))
            {
                args.Add(Nested(ParseOr, name.Start));
                while (_token.Is(","))
                {
                    Advance();
                    args.Add(Nested(ParseOr, name.Start));
                }
            }

            var end = _token.Start + 1;
            Expect(")", $"expected ',' or ')' in the call of {name.Text}");
            var arguments = args.ToImmutable();
            return Built(new CallExpr(name.Text, arguments, name.Start, end - name.Start), name.Start, [.. arguments]);
        }

        /// <summary>Parses one level deeper; <paramref name="opener"/> is the '(', 'not', '-' or function that opened the level.</summary>
        private Expr Nested(Func<Expr> parse, int opener)
        {
            if (++_depth > MaxDepth)
            {
                // Point at what opened the level too many, not at the token after it.
                throw Error(opener, $"the expression nests deeper than {MaxDepth} levels");
            }

            var result = parse();
            _depth--;
            return result;
        }

        /// <summary>
        /// Records <paramref name="node"/>'s tree height (one more than its highest child) and refuses it beyond
        /// <see cref="MaxTreeDepth"/> at <paramref name="at"/>, the operator or function that adds the level too many.
        /// </summary>
        private Expr Built(Expr node, int at, params Expr[] children)
        {
            var height = 1 + children.Select(c => _heights.TryGetValue(c, out var h) ? h : 1).DefaultIfEmpty(0).Max();
            if (height > MaxTreeDepth)
            {
                throw Error(at, $"the expression nests deeper than {MaxTreeDepth} levels of operators and functions (each operator of a chain such as a + b + c is one level); split it into simpler goals or parts");
            }

            // Each operator or call, and each leaf operand it takes (operators taken are counted when they were built).
            _terms += 1 + children.Count(c => !_heights.ContainsKey(c));
            if (_terms > MaxTerms)
            {
                throw Error(at, $"the expression has more than {MaxTerms} terms (operators, functions, indicators and numbers); split it into simpler goals or parts");
            }

            _heights[node] = height;
            return node;
        }

        private static BinaryOperator? ComparisonAt(Token token) => token.Kind != TokenKind.Symbol ? null : token.Text switch
        {
            "==" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            "<=" => BinaryOperator.LessOrEqual,
            ">" => BinaryOperator.Greater,
            ">=" => BinaryOperator.GreaterOrEqual,
            _ => null,
        };

        private void Expect(string symbol, string message)
        {
            if (!_token.Is(symbol))
            {
                throw Error(_token.Start, message);
            }

            Advance();
        }

        private void Advance() => _token = _lexer.Next();

        private int End(Expr e) => _parenthesised.TryGetValue(e, out var span) ? span.End : e.Start + e.Length;

        private int StartOf(Expr e) => _parenthesised.TryGetValue(e, out var span) ? span.Start : e.Start;

        private static ExpressionException Error(int offset, string message) => new(new ExpressionError(offset, message));
    }
}
