using Nrf.Goals.Model;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// Compiles a checked <see cref="RuleSet"/> into rules of a rules engine. The engine lives behind this interface
/// (package Nrf.Goals.Rules compiles to NRules), so another engine can be added as another compiler.
/// </summary>
public interface IRuleSetCompiler
{
    /// <summary>Compiles <paramref name="ruleSet"/>; the result is thread-safe and meant to be reused for every evaluation.</summary>
    ICompiledRuleSet Compile(RuleSet ruleSet);
}
