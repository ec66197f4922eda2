using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// What explanations need of each expression node that does not depend on the values: its source text, how many node
/// ids its subtree spans, and a literal in Swedish form. Computed once per compiled rule set, so that an evaluation
/// only formats the numbers it computed.
/// </summary>
internal sealed class NodeTexts
{
    public NodeTexts(ImmutableArray<PlanNode> nodes, ImmutableArray<PlanPart> parts)
    {
        Source = new string?[nodes.Length];
        Size = new int[nodes.Length];
        Literal = new string?[nodes.Length];
        for (var node = 0; node < nodes.Length; node++)
        {
            var info = nodes[node];
            if (parts[info.Part].Part?.Text is { } text)
            {
                Source[node] = text.Substring(info.Expr.Start, info.Expr.Length);
            }

            if (info.Expr is NumberLiteral literal)
            {
                Literal[node] = NumberText.Literal(literal.Text);
            }

            // The plan numbers a subtree contiguously: the nodes that follow in the same rule inside this node's text.
            var next = node + 1;
            while (next < nodes.Length && nodes[next].Part == info.Part && Within(nodes[next].Expr, info.Expr))
            {
                next++;
            }

            Size[node] = next - node;
        }
    }

    /// <summary>The text of each node as written in the rule file; null for nodes without a criterion part.</summary>
    public string?[] Source { get; }

    /// <summary>How many node ids the subtree at each node uses.</summary>
    public int[] Size { get; }

    /// <summary>Each number literal as written, in Swedish form (<c>0.90</c> → <c>0,90</c>); null for other nodes.</summary>
    public string?[] Literal { get; }

    private static bool Within(Expr inner, Expr outer) =>
        inner.Start >= outer.Start && inner.Start + inner.Length <= outer.Start + outer.Length && !ReferenceEquals(inner, outer);
}
