using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// One node of a checked criterion expression, numbered in pre-order within the rule set so that a subtree's nodes are
/// contiguous: what an engine compiles (with <see cref="Children"/>) and what explanations read back (by <see cref="Id"/>).
/// </summary>
/// <param name="Id">The node's number in <see cref="EvaluationPlan.Nodes"/>.</param>
/// <param name="Expr">The expression node.</param>
/// <param name="Part">The plan part (<see cref="EvaluationPlan.Parts"/>) the node belongs to.</param>
/// <param name="Ref">For a reference (an indicator, or a time shift of one): what it reads.</param>
/// <param name="Constant">For a number literal: its value.</param>
/// <param name="Children">The operand nodes an engine computes this node from; empty for leaves and for functions of references,
/// whose argument nodes (numbered after them) only feed explanations.</param>
internal sealed record PlanNode(int Id, Expr Expr, int Part, Reference? Ref, decimal Constant, ImmutableArray<int> Children)
{
    /// <summary>For a call: the function called.</summary>
    public CriterionFunction? Function { get; init; }

    /// <summary>For a call: how it is evaluated.</summary>
    public FunctionForm? Form => Expr is CallExpr call ? Function?.Form(call) : null;
}
