namespace Nrf.Goals.Benchmarks;

/// <summary>
/// The one place that says which engine the benchmarks measure: every benchmark, the self-checks and the command-line
/// modes of <see cref="Program"/> compile rule sets through <see cref="Compiler"/>, and otherwise use only the public API
/// (<c>RuleSetLoader</c>, <c>ValuesLoader</c>, <c>ICompiledRuleSet.Evaluate</c> / <c>EvaluateMany</c>).
/// </summary>
internal static class Engine
{
    public static Nrf.Goals.Evaluation.IRuleSetCompiler Compiler() => new Nrf.Goals.Rules.Compilation.NRulesCompiler();
}
