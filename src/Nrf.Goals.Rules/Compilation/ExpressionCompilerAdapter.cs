using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// NRules' expression compiler, as <see cref="ExpressionCompilation"/> asks: with FastExpressionCompiler instead of
/// <c>Expression.Compile</c> (a rule set's compile is mostly NRules compiling our trees, and FastExpressionCompiler does
/// that about ten times faster; a tree it does not support is compiled the ordinary way), or interpreted, which needs
/// no IL and no JIT.
/// </summary>
internal sealed class ExpressionCompilerAdapter(ExpressionCompilation compilation) : IExpressionCompiler
{
    private readonly bool _interpret = compilation == ExpressionCompilation.Interpreted
        || (compilation == ExpressionCompilation.Auto && !RuntimeFeature.IsDynamicCodeCompiled);

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        _interpret ? expression.Compile(preferInterpretation: true) : expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
