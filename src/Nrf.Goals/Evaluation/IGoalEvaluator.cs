using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// The rule sets an application has configured (<c>services.AddNrfGoals(…)</c>), compiled once and evaluated on demand.
/// Thread-safe. To load values for one of them, take its <see cref="RuleSet"/> from <see cref="Get"/>:
/// <c>ValuesLoader.Load(path, evaluator.Get("nrf-2023-2025").RuleSet)</c>.
/// </summary>
public interface IGoalEvaluator
{
    /// <summary>The loaded rule sets.</summary>
    /// <exception cref="Diagnostics.NrfGoalsException">A configured rule file is invalid, or two have the same rule set id (each is named, at its place).</exception>
    IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>The compiled rule set with <paramref name="ruleSetId"/>.</summary>
    /// <exception cref="Diagnostics.NrfGoalsException">No configured rule set has that id (the message names the configured ids and files); a configured rule file is invalid; or two have the same rule set id.</exception>
    ICompiledRuleSet Get(string ruleSetId);

    /// <summary>Evaluates <paramref name="values"/> against the rule set <paramref name="ruleSetId"/>.</summary>
    /// <exception cref="Diagnostics.NrfGoalsException">No configured rule set has that id (the message names the configured ids and files); a configured rule file is invalid; or two have the same rule set id.</exception>
    EvaluationResult Evaluate(string ruleSetId, ValuesDocument values);

    /// <summary>
    /// Evaluates many documents against the rule set <paramref name="ruleSetId"/>, spread over the machine's cores;
    /// see <see cref="ICompiledRuleSet.EvaluateMany(IReadOnlyList{ValuesDocument}, int, EvaluationDetail)"/>. Result <c>i</c> belongs to <c>documents[i]</c>.
    /// Cancelling <paramref name="cancellationToken"/> stops the batch after the documents being evaluated (see
    /// <see cref="CompiledRuleSetCancellation"/>).
    /// </summary>
    /// <exception cref="Diagnostics.NrfGoalsException">No configured rule set has that id (the message names the configured ids and files); a configured rule file is invalid; or two have the same rule set id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(
        string ruleSetId, IReadOnlyList<ValuesDocument> documents, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full, CancellationToken cancellationToken = default) =>
        Get(ruleSetId).EvaluateMany(documents, cancellationToken, maxDegreeOfParallelism, detail);
}
