using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Compiles the rules' expression trees with FastExpressionCompiler instead of <c>Expression.Compile</c>: a rule set's
/// compile is mostly NRules compiling our conditions, bindings and actions, and FastExpressionCompiler does that about
/// ten times faster (bench/RESULTS.md). A tree it does not support is compiled the ordinary way.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
