using Nrf.Goals.Expressions;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>What the runtime needs to know about one expression node: the node, its rule, and for references what they read.</summary>
internal sealed record NodeInfo(int Id, Expr Expr, int Rule, RefSpec? Ref, decimal Constant);
