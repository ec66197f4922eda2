namespace Nrf.Goals.Rules.Compilation;

/// <summary>How the compiled rules' expression trees (conditions, filters and actions) become delegates.</summary>
public enum ExpressionCompilation
{
    /// <summary>
    /// Tiered: each expression runs interpreted until it has run a few times, then compiled — a one-shot run (one report,
    /// or a rule that fires once) pays no compile and no JIT, and a long-lived application's busy rules run compiled.
    /// Interpreted only where the runtime cannot compile code (NativeAOT, some mobile platforms).
    /// </summary>
    Auto = 0,

    /// <summary>
    /// Compiled to IL at once (FastExpressionCompiler): the fastest from the first evaluation on; costs more at compile time
    /// and on the first evaluation (the JIT compiles each rule's delegates on its first call).
    /// </summary>
    Compiled = 1,

    /// <summary>
    /// Interpreted, always: no compile and no JIT, several times slower per evaluation (bench/RESULTS.md).
    /// </summary>
    Interpreted = 2,
}
