using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// NRules' expression compiler, as <see cref="ExpressionCompilation"/> asks. Compiled: FastExpressionCompiler instead of
/// <c>Expression.Compile</c> (a rule set's compile is mostly NRules compiling our trees, and FastExpressionCompiler does
/// that about ten times faster; a tree it does not support is compiled the ordinary way). Interpreted: no IL, no JIT.
/// Tiered (<see cref="ExpressionCompilation.Auto"/>): interpreted until the delegate has run
/// <see cref="TieredCallsBeforeCompiling"/> times, then compiled — each compiled delegate is a dynamic method the JIT
/// compiles on its first call (~0,3 ms each), which a one-shot run or a rule that fires once never earns back.
/// </summary>
internal sealed class ExpressionCompilerAdapter(ExpressionCompilation compilation) : IExpressionCompiler
{
    /// <summary>How often a tiered delegate runs interpreted before it is compiled.</summary>
    public const int TieredCallsBeforeCompiling = 16;

    private static readonly ConcurrentDictionary<Type, Func<LambdaExpression, Delegate, Delegate>?> Tierings = new();

    private readonly ExpressionCompilation _compilation = compilation == ExpressionCompilation.Auto && !RuntimeFeature.IsDynamicCodeCompiled
        ? ExpressionCompilation.Interpreted
        : compilation;

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        switch (_compilation)
        {
            case ExpressionCompilation.Interpreted:
                return expression.Compile(preferInterpretation: true);
            case ExpressionCompilation.Compiled:
                return Compiled(expression);
        }

        var interpreted = expression.Compile(preferInterpretation: true);
        return Tierings.GetOrAdd(typeof(TDelegate), Tiering) is { } tier ? (TDelegate)tier(expression, interpreted) : Compiled(expression);
    }

    private static TDelegate Compiled<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();

    /// <summary>
    /// How to wrap a delegate of type <paramref name="type"/> in a <see cref="Tiered{TDelegate}"/>: by the shape of the
    /// <c>Func</c> or <c>Action</c> NRules compiles (of its own fact, tuple and context types); null for any other type,
    /// which is then compiled at once.
    /// </summary>
    private static Func<LambdaExpression, Delegate, Delegate>? Tiering(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        var definition = type.GetGenericTypeDefinition();
        var invoker = definition switch
        {
            _ when definition == typeof(Func<,>) => typeof(TieredFunc<,>),
            _ when definition == typeof(Func<,,>) => typeof(TieredFunc<,,>),
            _ when definition == typeof(Action<,>) => typeof(TieredAction<,>),
            _ when definition == typeof(Action<,,,>) => typeof(TieredAction<,,,>),
            _ => null,
        };
        if (invoker is null)
        {
            return null;
        }

        var constructed = invoker.MakeGenericType(arguments);
        var invoke = constructed.GetMethod(nameof(TieredFunc<object, object>.Invoke))!;
        return (expression, interpreted) => Delegate.CreateDelegate(type, Activator.CreateInstance(constructed, expression, interpreted)!, invoke);
    }

    /// <summary>A delegate that runs interpreted until it has earned its compile, then compiled; a benign race at the switch compiles it twice at worst.</summary>
    private abstract class Tiered<TDelegate>(LambdaExpression expression, TDelegate interpreted)
        where TDelegate : Delegate
    {
        private TDelegate _current = interpreted;
        private int _calls;

        protected TDelegate Current
        {
            get
            {
                if (_calls < TieredCallsBeforeCompiling && ++_calls == TieredCallsBeforeCompiling)
                {
                    _current = Compiled((Expression<TDelegate>)expression);
                }

                return _current;
            }
        }
    }

    private sealed class TieredFunc<T, TResult>(LambdaExpression expression, Func<T, TResult> interpreted) : Tiered<Func<T, TResult>>(expression, interpreted)
    {
        public TResult Invoke(T a) => Current(a);
    }

    private sealed class TieredFunc<T1, T2, TResult>(LambdaExpression expression, Func<T1, T2, TResult> interpreted) : Tiered<Func<T1, T2, TResult>>(expression, interpreted)
    {
        public TResult Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class TieredAction<T1, T2>(LambdaExpression expression, Action<T1, T2> interpreted) : Tiered<Action<T1, T2>>(expression, interpreted)
    {
        public void Invoke(T1 a, T2 b) => Current(a, b);
    }

    private sealed class TieredAction<T1, T2, T3, T4>(LambdaExpression expression, Action<T1, T2, T3, T4> interpreted) : Tiered<Action<T1, T2, T3, T4>>(expression, interpreted)
    {
        public void Invoke(T1 a, T2 b, T3 c, T4 d) => Current(a, b, c, d);
    }
}
