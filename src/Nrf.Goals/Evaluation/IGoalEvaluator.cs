using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>The rule sets an application has configured, compiled once and evaluated on demand. Thread-safe.</summary>
public interface IGoalEvaluator
{
    /// <summary>The loaded rule sets.</summary>
    IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>The compiled rule set with <paramref name="ruleSetId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No configured rule set has that id.</exception>
    ICompiledRuleSet Get(string ruleSetId);

    /// <summary>Evaluates <paramref name="values"/> against the rule set <paramref name="ruleSetId"/>.</summary>
    EvaluationResult Evaluate(string ruleSetId, ValuesDocument values);

    /// <summary>
    /// Evaluates many documents against the rule set <paramref name="ruleSetId"/>, spread over the machine's cores;
    /// see <see cref="ICompiledRuleSet.EvaluateMany(IReadOnlyList{ValuesDocument}, int, EvaluationDetail)"/>. Result <c>i</c> belongs to <c>documents[i]</c>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No configured rule set has that id.</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(string ruleSetId, IReadOnlyList<ValuesDocument> documents, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full) =>
        Get(ruleSetId).EvaluateMany(documents, maxDegreeOfParallelism, detail);
}
