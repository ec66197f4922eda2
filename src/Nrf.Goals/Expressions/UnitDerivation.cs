using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;

namespace Nrf.Goals.Expressions;

/// <summary>
/// The unit of a checked expression's number, derived from its indicators' units and its operators — the one place
/// that says what a computed number is, for results (<see cref="Results.PartComparison"/>), explanations and every
/// report: a sum or difference of one unit is that unit (a difference of per cents is in percentage points); a quotient
/// of one unit is a share, times 100 a per cent (<c>sum_years(resultat, 3) / sum_years(skatter, 3) * 100</c> is
/// <c>%</c>, never <c>mnkr</c>); a number times a count, or times or divided by a number written in the criterion,
/// keeps its unit; a function keeps its argument's (<c>gap</c> as a difference). What mixes units any other way —
/// <c>kr / antal</c>, <c>mnkr + tkr</c>, <c>kr * kr</c> — cannot be derived: the loader warns where it matters, and a
/// rule file states it with <c>unit:</c>.
/// </summary>
public static class UnitDerivation
{
    /// <summary>
    /// The unit of <paramref name="expr"/>'s number; null when it cannot be derived (or the expression is yes/no).
    /// </summary>
    /// <param name="expr">A checked expression.</param>
    /// <param name="indicator">The declared indicator of an id.</param>
    public static ValueUnit? Of(Expr expr, Func<string, Indicator?> indicator)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(indicator);
        var derived = new Deriver(indicator).Visit(expr);
        return derived.Kind switch
        {
            Kind.Literal => new ValueUnit(null, false, false),
            Kind.Quantity => new ValueUnit(derived.Unit, false, derived.IsDifference),
            Kind.Share => new ValueUnit(derived.Unit, !derived.Relative, derived.IsDifference) { IsRelative = derived.Relative },
            _ => null,
        };
    }

    /// <summary>
    /// The unit of a compared or shown number of <paramref name="part"/>: derived, or else the unit the rule file states
    /// for the part or its goal (<see cref="CriterionPart.Unit"/>); null when neither says.
    /// </summary>
    public static ValueUnit? Of(Expr expr, CriterionPart part, Func<string, Indicator?> indicator)
    {
        ArgumentNullException.ThrowIfNull(part);
        return Of(expr, indicator) ?? (part.Unit is { } stated ? ValueUnit.Stated(stated) : null);
    }

    /// <summary>
    /// The sides of <paramref name="expr"/> whose unit a reader sees — each comparison's compared number (its left side,
    /// or its right side against a number written first: <c>2 &lt;= x</c>), or the expression itself when it is a number
    /// (a monitored value) — for the loader's check that each can be derived.
    /// </summary>
    public static IEnumerable<Expr> ComparedSides(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        if (expr.Type.IsNumber())
        {
            yield return expr;
            yield break;
        }

        foreach (var node in ExprNodes.Walk(expr))
        {
            if (node is BinaryExpr { Operator: var op } b && op.IsComparison() && op != BinaryOperator.NotEqual && b.Left.Type.IsNumber())
            {
                yield return b.Left is NumberLiteral && b.Right is not NumberLiteral ? b.Right : b.Left;
            }
        }
    }

    private enum Kind
    {
        Unknown,
        NotNumber,
        Literal,
        Quantity,
        Share,
    }

    /// <summary>
    /// What a node is: a number written in the criterion (<see cref="Scale"/> is its value), a quantity of a unit, a share
    /// of one unit (a fraction), yes/no, or unknown. <see cref="Scale"/> follows the factors written into a quantity or
    /// share, so that <c>a * 100 / b</c> is known for the per cent it is.
    /// </summary>
    private readonly record struct Derived(Kind Kind, string? Unit, decimal Scale, bool IsDifference)
    {
        /// <summary>For a share: plus or minus a number written in the criterion (<c>a / b - 1</c>), a relative difference.</summary>
        public bool Relative { get; init; }

        public static readonly Derived Unknown = new(Kind.Unknown, null, 1m, false);

        public static readonly Derived NotNumber = new(Kind.NotNumber, null, 1m, false);

        public static Derived Quantity(string? unit, bool isDifference = false) => new(Kind.Quantity, unit, 1m, isDifference);

        /// <summary>A count: an indicator of <c>antal</c> or of no declared unit; multiplying by it keeps a unit.</summary>
        public bool IsCount => Kind == Kind.Quantity && Unit is null or "antal";

        public bool IsNumber => Kind is Kind.Literal or Kind.Quantity or Kind.Share;

        /// <summary>A share times 100 is a per cent; a per cent over 100 a share.</summary>
        public Derived Normalized() => this switch
        {
            { Kind: Kind.Share, Scale: 100m } => new(Kind.Quantity, "%", 1m, IsDifference && !Relative),
            { Kind: Kind.Quantity, Unit: "%", Scale: 0.01m } => new(Kind.Share, "%", 1m, IsDifference),
            _ => this,
        };

        public Derived Scaled(decimal factor)
        {
            // A share times 100 is a per cent whatever was done to it before: (a / b + c / d) / 2 * 100 averages two
            // shares and then makes a per cent of the mean; a / (2 * b) * 100 a per cent of half of a.
            if (Kind == Kind.Share && factor == 100m)
            {
                return new(Kind.Quantity, "%", 1m, IsDifference && !Relative);
            }

            try
            {
                return (this with { Scale = Scale * factor }).Normalized();
            }
            catch (OverflowException)
            {
                return this with { Scale = 1m };
            }
        }
    }

    private sealed class Deriver(Func<string, Indicator?> indicator) : ExprVisitor<Derived>
    {
        public override Derived VisitNumber(NumberLiteral number) => new(Kind.Literal, null, number.Value, false);

        public override Derived VisitBool(BoolLiteral flag) => Derived.NotNumber;

        public override Derived VisitIndicator(IndicatorRef reference) =>
            reference.Type.IsYesNo() ? Derived.NotNumber : Derived.Quantity(indicator(reference.Indicator)?.Unit?.Trim() is { Length: > 0 } unit ? unit : null);

        public override Derived VisitUnary(UnaryExpr unary) =>
            unary.Operator == UnaryOperator.Negate ? Visit(unary.Operand) : Derived.NotNumber;

        public override Derived VisitBinary(BinaryExpr binary)
        {
            if (binary.Operator is not (BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide))
            {
                return Derived.NotNumber;
            }

            var left = Visit(binary.Left);
            var right = Visit(binary.Right);
            if (!left.IsNumber || !right.IsNumber)
            {
                return Derived.Unknown;
            }

            return binary.Operator switch
            {
                BinaryOperator.Add or BinaryOperator.Subtract => Sum(left, right, binary.Operator == BinaryOperator.Subtract),
                BinaryOperator.Multiply => Product(left, right),
                _ => Quotient(left, right),
            };
        }

        public override Derived VisitCall(CallExpr call)
        {
            var function = FunctionLibrary.Find(call.Function)!;
            if (call.Type.IsYesNo())
            {
                return Derived.NotNumber;
            }

            switch (function.Form(call))
            {
                case FunctionForm.OfNumbers when call.Arguments.Length == 1:
                    return Visit(call.Arguments[0]);
                case FunctionForm.OfNumbers:
                    // min(a, b, …) is one of its operands: they must share a unit.
                    var folded = Visit(call.Arguments[0]);
                    foreach (var argument in call.Arguments.AsSpan()[1..])
                    {
                        var next = Visit(argument);
                        folded = !folded.IsNumber || !next.IsNumber ? Derived.Unknown : Sum(folded, next, false);
                    }

                    return folded;
                default:
                    // A time shift, a window, a series' observation, gap: a number of its (first) argument's indicator.
                    var of = call.Arguments[0] switch
                    {
                        IndicatorRef r => r,
                        CallExpr { Arguments: [IndicatorRef inner, ..] } => inner,
                        _ => null,
                    };
                    return of is null ? Derived.Unknown : Derived.Quantity(VisitIndicator(of).Unit, function.IsDifference);
            }
        }

        /// <summary>a ± b: one unit; a number written in the criterion takes the other's.</summary>
        private static Derived Sum(Derived left, Derived right, bool subtract)
        {
            if (left.Kind == Kind.Literal && right.Kind == Kind.Literal)
            {
                return left;
            }

            if (left.Kind == Kind.Literal || right.Kind == Kind.Literal)
            {
                // a / b - 1 is how far a is above b, relative to b: a fraction, and a difference when subtracted.
                var other = left.Kind == Kind.Literal ? right : left;
                return other.Kind == Kind.Share ? other with { Relative = true, IsDifference = subtract } : other;
            }

            if (left.Kind != right.Kind || left.Unit != right.Unit)
            {
                return Derived.Unknown;
            }

            return left with { Scale = left.Scale == right.Scale ? left.Scale : 1m, IsDifference = subtract || (left.IsDifference && right.IsDifference) };
        }

        /// <summary>a × b: a number written in the criterion scales; a count or a share keeps the other's unit.</summary>
        private static Derived Product(Derived left, Derived right)
        {
            if (left.Kind == Kind.Literal && right.Kind == Kind.Literal)
            {
                return new Derived(Kind.Literal, null, Multiply(left.Scale, right.Scale), false);
            }

            if (left.Kind == Kind.Literal || right.Kind == Kind.Literal)
            {
                return left.Kind == Kind.Literal ? right.Scaled(left.Scale) : left.Scaled(right.Scale);
            }

            if (left.Kind == Kind.Share && right.Kind == Kind.Share)
            {
                return left with { IsDifference = false };
            }

            // A share of an amount, or an amount per item times the items, is that amount; a share of a count is a count.
            var (kept, other) = left.Kind == Kind.Share ? (right, left)
                : right.Kind == Kind.Share || right.IsCount ? (left, right)
                : (right, left);
            return other.IsCount || other.Kind == Kind.Share
                ? (kept with { IsDifference = false }).Scaled(other.Kind == Kind.Share ? other.Scale : 1m)
                : Derived.Unknown;
        }

        /// <summary>a / b: one unit over itself is a share; over a number written in the criterion or a share it keeps its unit.</summary>
        private static Derived Quotient(Derived left, Derived right)
        {
            if (right.Kind == Kind.Literal)
            {
                return right.Scale == 0m ? left : left.Kind == Kind.Literal ? left : left.Scaled(1m / right.Scale);
            }

            if (left.Kind == Kind.Literal)
            {
                return Derived.Unknown;
            }

            if (right.Kind == Kind.Share)
            {
                // An amount over a share is an amount; a share over a share is a share.
                return left with { IsDifference = false };
            }

            if (left.Kind == Kind.Quantity && left.Unit == right.Unit)
            {
                return new Derived(Kind.Share, left.Unit, Divide(left.Scale, right.Scale), false).Normalized();
            }

            return Derived.Unknown;
        }

        private static decimal Multiply(decimal a, decimal b)
        {
            try
            {
                return a * b;
            }
            catch (OverflowException)
            {
                return 1m;
            }
        }

        private static decimal Divide(decimal a, decimal b)
        {
            try
            {
                return b == 0m ? 1m : a / b;
            }
            catch (OverflowException)
            {
                return 1m;
            }
        }
    }
}
