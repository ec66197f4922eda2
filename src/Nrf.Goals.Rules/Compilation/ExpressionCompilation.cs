namespace Nrf.Goals.Rules.Compilation;

/// <summary>How the compiled rules' expression trees (conditions, filters and actions) become delegates.</summary>
public enum ExpressionCompilation
{
    /// <summary><see cref="Compiled"/>, or <see cref="Interpreted"/> where the runtime cannot compile code (NativeAOT, some mobile platforms).</summary>
    Auto = 0,

    /// <summary>
    /// Compiled to IL (FastExpressionCompiler): the fastest evaluations, for applications that evaluate many reports or
    /// keep a rule set loaded; costs more at compile time and on the first evaluation (JIT).
    /// </summary>
    Compiled = 1,

    /// <summary>
    /// Interpreted: half the start-up cost of compiling, several times slower per evaluation; for a one-shot run that
    /// evaluates one report and exits, such as the <c>nrf-goals</c> command (bench/RESULTS.md).
    /// </summary>
    Interpreted = 2,
}
