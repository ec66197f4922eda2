using System.Diagnostics;
using System.Diagnostics.Metrics;
using Nrf.Goals.Results;
using Nrf.Goals.Telemetry;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Diagnostics;

/// <summary>
/// Measures and traces one evaluation under the names <see cref="NrfGoalsTelemetry"/> publishes: start it before
/// evaluating, then <see cref="Stop"/> with the result or <see cref="Fail"/> with the exception. Costs a timestamp and two
/// flag checks when nobody listens.
/// </summary>
internal readonly struct EvaluationTelemetry
{
    private static readonly string? Version = typeof(EvaluationTelemetry).Assembly.GetName().Version?.ToString();

    private static readonly ActivitySource Source = new(NrfGoalsTelemetry.Name, Version);

    private static readonly Meter Meter = new(NrfGoalsTelemetry.Name, Version);

    private static readonly Counter<long> Evaluations = Meter.CreateCounter<long>(NrfGoalsTelemetry.EvaluationsCounter, "{evaluation}", "Values documents evaluated against a rule set");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(NrfGoalsTelemetry.DurationHistogram, "s", "How long one evaluation took");

    private readonly Activity? _activity;
    private readonly string _ruleSet;
    private readonly long _started;

    private EvaluationTelemetry(Activity? activity, string ruleSet, long started)
    {
        _activity = activity;
        _ruleSet = ruleSet;
        _started = started;
    }

    /// <summary>Starts measuring an evaluation of <paramref name="ruleSetId"/> for <paramref name="entity"/>'s <paramref name="year"/>.</summary>
    public static EvaluationTelemetry Start(string ruleSetId, string entity, int year)
    {
        var activity = Source.StartActivity(NrfGoalsTelemetry.EvaluateActivity);
        if (activity is not null)
        {
            activity.SetTag(NrfGoalsTelemetry.RuleSetTag, ruleSetId);
            activity.SetTag("nrf_goals.entity", entity);
            activity.SetTag("nrf_goals.year", year);
        }

        var measured = Evaluations.Enabled || Duration.Enabled;
        return new EvaluationTelemetry(activity, ruleSetId, measured ? Stopwatch.GetTimestamp() : 0);
    }

    /// <summary>The evaluation gave <paramref name="result"/>.</summary>
    public void Stop(EvaluationResult result)
    {
        var verdict = VerdictStatusNames.Name(result.Verdict.Status);
        _activity?.SetTag(NrfGoalsTelemetry.VerdictTag, verdict);
        Record(new KeyValuePair<string, object?>(NrfGoalsTelemetry.VerdictTag, verdict));
    }

    /// <summary>The evaluation threw <paramref name="exception"/>.</summary>
    public void Fail(Exception exception)
    {
        var type = exception.GetType().FullName;
        _activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        _activity?.SetTag("error.type", type);
        Record(new KeyValuePair<string, object?>("error.type", type));
    }

    private void Record(KeyValuePair<string, object?> outcome)
    {
        if (_started != 0)
        {
            var tags = new TagList { { NrfGoalsTelemetry.RuleSetTag, _ruleSet }, outcome };
            Evaluations.Add(1, tags);
            Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }

        _activity?.Dispose();
    }
}
