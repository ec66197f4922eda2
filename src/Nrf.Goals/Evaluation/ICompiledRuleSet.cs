using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>A rule set compiled for an engine, ready to evaluate values documents. Thread-safe.</summary>
public interface ICompiledRuleSet
{
    /// <summary>The rule set this was compiled from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Judges every goal against <paramref name="values"/> and applies the verdict policy.</summary>
    EvaluationResult Evaluate(ValuesDocument values);
}
