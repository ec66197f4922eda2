using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Telemetry;
using Nrf.Goals.Tests.DependencyInjection;

namespace Nrf.Goals.Tests.Telemetry;

/// <summary>
/// The "Nrf.Goals" meter and activity source (issue 12). Other tests evaluate at the same time, so only the
/// measurements tagged with this test's own rule set id are counted.
/// </summary>
public sealed class EvaluationTelemetryTests
{
    [Fact]
    public void Evaluate_ThreeDocuments_CountsThreeEvaluationsAndRecordsThreeDurationsTaggedWithRuleSetAndVerdict()
    {
        var id = $"telemetry-{Guid.NewGuid():N}";
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NrfGoalsTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Collect(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            if (Equals(map.GetValueOrDefault(NrfGoalsTelemetry.RuleSetTag), id))
            {
                measurements.Enqueue((instrument.Name, value, map));
            }
        }

        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Collect(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Collect(instrument, value, tags));
        listener.Start();
        var compiled = new NRulesCompiler().Compile(RuleSetLoader.Parse(SmallRules.Text(id), "small.yaml"));

        foreach (var a in new[] { 12, 5, 30 })
        {
            compiled.Evaluate(ValuesLoader.Parse($"entity: demo\nyear: 2023\nreport: annual\nvalues:\n  a: {a}\n", "v.yaml", compiled.RuleSet));
        }

        var counted = measurements.Where(m => m.Instrument == NrfGoalsTelemetry.EvaluationsCounter).ToList();
        counted.Select(m => (m.Value, m.Tags[NrfGoalsTelemetry.VerdictTag])).Should().Equal((1d, "met"), (1d, "not-met"), (1d, "met"));
        var durations = measurements.Where(m => m.Instrument == NrfGoalsTelemetry.DurationHistogram).ToList();
        durations.Should().HaveCount(3).And.OnlyContain(m => m.Value > 0 && m.Value < 60);
    }

    [Fact]
    public void Evaluate_WithAnActivityListener_StartsOneActivityTaggedWithRuleSetEntityYearAndVerdict()
    {
        var id = $"telemetry-{Guid.NewGuid():N}";
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == NrfGoalsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem(NrfGoalsTelemetry.RuleSetTag), id))
                {
                    stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var compiled = new NRulesCompiler().Compile(RuleSetLoader.Parse(SmallRules.Text(id), "small.yaml"));

        compiled.Evaluate(ValuesLoader.Parse("entity: demo\nyear: 2024\nreport: annual\nvalues:\n  a: 5\n", "v.yaml", compiled.RuleSet));

        var activity = stopped.Should().ContainSingle().Subject;
        activity.OperationName.Should().Be("nrf_goals.evaluate");
        activity.Tags.Should().Equal(
            new KeyValuePair<string, string?>(NrfGoalsTelemetry.RuleSetTag, id),
            new KeyValuePair<string, string?>("nrf_goals.entity", "demo"),
            new KeyValuePair<string, string?>(NrfGoalsTelemetry.VerdictTag, "not-met"));
        activity.GetTagItem("nrf_goals.year").Should().Be(2024);
        activity.Status.Should().Be(ActivityStatusCode.Unset);
    }
}
