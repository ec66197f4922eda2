using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Nrf.Goals.Telemetry;

/// <summary>
/// The names under which evaluations are measured and traced, for <c>AddMeter</c> / <c>AddSource</c> in OpenTelemetry
/// or a <see cref="MeterListener"/> / <see cref="ActivityListener"/>. What is measured is each evaluation of a compiled
/// rule set's <c>Evaluate</c> — and so of <c>EvaluateMany</c> and <c>IGoalEvaluator.Evaluate</c>, which call it for
/// every document; the NRules engine's <c>Open</c> (a live evaluation) and the facts of <c>CreateEvaluation</c>, fired in
/// an application's own session, are not measured. Each measured evaluation counts once in
/// <see cref="EvaluationsCounter"/>, records its time in <see cref="DurationHistogram"/> (seconds) and is one activity
/// <see cref="EvaluateActivity"/>, tagged with <see cref="RuleSetTag"/> and, when it gave a result, <see cref="VerdictTag"/>
/// (or <c>error.type</c> when it failed). Nothing is measured while nobody listens.
/// </summary>
public static class NrfGoalsTelemetry
{
    /// <summary>The <see cref="Meter"/>'s name, and the <see cref="ActivitySource"/>'s.</summary>
    public const string Name = "Nrf.Goals";

    /// <summary>Counter of evaluations (unit <c>{evaluation}</c>).</summary>
    public const string EvaluationsCounter = "nrf_goals.evaluations";

    /// <summary>Histogram of an evaluation's duration, in seconds.</summary>
    public const string DurationHistogram = "nrf_goals.evaluation.duration";

    /// <summary>The activity of one evaluation.</summary>
    public const string EvaluateActivity = "nrf_goals.evaluate";

    /// <summary>Tag: the rule set's id.</summary>
    public const string RuleSetTag = "nrf_goals.rule_set";

    /// <summary>Tag: the verdict's status, named as in the JSON report (<c>met</c>, <c>not-met</c>, <c>undetermined</c>, <c>report-only</c>).</summary>
    public const string VerdictTag = "nrf_goals.verdict";
}
