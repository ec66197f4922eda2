namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// The two shapes one goal-rule compiler gives a rule set's NRules rules. Each goal is decided by its own rule (one per
/// case of its target, and one that says why it is not assessed) in both; what differs is the facts the rules match and
/// how the aggregates learn the goals' statuses.
/// </summary>
internal enum RuleShape
{
    /// <summary>
    /// For <c>Evaluate</c> and <c>EvaluateMany</c>: every rule matches the report's fact alone and reads the values from its
    /// slots; goal rules write their results into it, and the category, verdict and group rules, which fire after them by
    /// priority, read the statuses from it. No joins, no outcome facts; a pooled session reloads the one fact per report.
    /// </summary>
    Report,

    /// <summary>
    /// For <c>LiveEvaluation</c> and applications' own sessions (<c>NRulesRuleSet.Rules</c>): each goal's rules match the
    /// goal's input fact, so a changed value re-fires only the goals that read it; goal rules yield <c>GoalOutcome</c>
    /// facts that the category and group rules collect, and the verdict rule joins the category outcomes (forward chaining).
    /// </summary>
    Inputs,
}
