using System.Collections.Immutable;

namespace Nrf.Goals.Expressions;

/// <summary>The nodes of an expression tree, depth first: for the questions asked of a whole tree (which indicators does it read?).</summary>
public static class ExprNodes
{
    /// <summary><paramref name="expr"/> and every node below it, depth first, operands left to right.</summary>
    public static IEnumerable<Expr> Walk(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var pending = new Stack<Expr>();
        pending.Push(expr);
        while (pending.TryPop(out var node))
        {
            yield return node;
            var children = Children.Instance.Visit(node);
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>The operands of a node.</summary>
    private sealed class Children : ExprVisitor<ImmutableArray<Expr>>
    {
        public static readonly Children Instance = new();

        public override ImmutableArray<Expr> VisitNumber(NumberLiteral number) => [];

        public override ImmutableArray<Expr> VisitBool(BoolLiteral flag) => [];

        public override ImmutableArray<Expr> VisitIndicator(IndicatorRef reference) => [];

        public override ImmutableArray<Expr> VisitUnary(UnaryExpr unary) => [unary.Operand];

        public override ImmutableArray<Expr> VisitBinary(BinaryExpr binary) => [binary.Left, binary.Right];

        public override ImmutableArray<Expr> VisitCall(CallExpr call) => call.Arguments;
    }
}
