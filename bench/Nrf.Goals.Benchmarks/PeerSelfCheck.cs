using System.Text;
using Nrf.Goals.Benchmarks.FluentPeer;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// Checks, before anything is measured, that the contenders answer the same: on the shipped NRF example the Fluent peer's
/// 13 statuses and verdict equal the hand-written lambdas' and the engine's (full and statuses-only), and on variants of
/// the example (a figure missing, goals failing) the peer's three-valued answers equal the engine's. Throws when not.
/// </summary>
public static class PeerSelfCheck
{
    /// <summary>Runs the checks on <paramref name="example"/> (the NRF annual example); throws <see cref="InvalidOperationException"/> on the first difference.</summary>
    public static void Run(ICompiledRuleSet engine, NrfFluentPeer peer, ValuesDocument example)
    {
        if (peer.RuleCount != 16)
        {
            throw new InvalidOperationException($"The Fluent peer should compile 16 rules (13 goals, 2 categories, the verdict), not {peer.RuleCount}.");
        }

        var errors = new StringBuilder();

        // The example: lambdas, peer, engine (both details) agree goal by goal and on the verdict, which is met.
        Compare("example", engine, peer, example, withLambdas: true, expectedVerdict: VerdictOutcome.Met, errors);

        // Variants: each changes one thing the three-valued answers must follow.
        Compare("website_visitors missing (mål 7 not evaluable, verdict still met)", engine, peer,
            Without(example, "website_visitors"), withLambdas: false, expectedVerdict: VerdictOutcome.Met, errors);
        Compare("equity_sek missing (mål 13 not evaluable, verdict undetermined)", engine, peer,
            Without(example, "equity_sek"), withLambdas: false, expectedVerdict: VerdictOutcome.Undetermined, errors);
        Compare("no BG meetings planned (mål 4 divides by zero: not evaluable)", engine, peer,
            With(example, "bg_meetings_planned", 0m), withLambdas: false, expectedVerdict: VerdictOutcome.Met, errors);
        Compare("three more operational goals fail (5 of 10 met: verdict not met)", engine, peer,
            With(With(With(example, "coordination_meetings_held", 1m), "hta_cases", 10m), "website_visitors", 40_000m),
            withLambdas: true, expectedVerdict: VerdictOutcome.NotMet, errors);
        Compare("costs above revenue (mål 11 not met: verdict not met)", engine, peer,
            With(example, "costs_tkr", 70_000m), withLambdas: true, expectedVerdict: VerdictOutcome.NotMet, errors);

        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The contenders disagree:\n" + errors);
        }
    }

    private static void Compare(string name, ICompiledRuleSet engine, NrfFluentPeer peer, ValuesDocument values, bool withLambdas, VerdictOutcome expectedVerdict, StringBuilder errors)
    {
        var full = engine.Evaluate(values);
        var statusesOnly = engine.Evaluate(values, EvaluationDetail.StatusesOnly);
        var fromPeer = peer.Evaluate(values);
        var lambdas = withLambdas ? NrfHandWritten.Goals(values) : null;
        if (full.Goals.Length != 13)
        {
            errors.Append(name).Append(": the engine judged ").Append(full.Goals.Length).AppendLine(" goals, not 13");
            return;
        }

        for (var i = 0; i < 13; i++)
        {
            var id = full.Goals[i].Id;
            var expected = Of(full.Goals[i].Status);
            if (Of(statusesOnly.Goals[i].Status) != expected)
            {
                errors.Append(name).Append(": ").Append(id).Append(" is ").Append(statusesOnly.Goals[i].Status).Append(" statuses-only but ").Append(full.Goals[i].Status).AppendLine(" in full");
            }

            if (fromPeer.Of(id) != expected)
            {
                errors.Append(name).Append(": ").Append(id).Append(" is ").Append(fromPeer.Of(id)?.ToString() ?? "missing").Append(" by the peer but ").Append(expected).AppendLine(" by the engine");
            }

            if (lambdas is not null && (lambdas[i] ? Outcome.Met : Outcome.NotMet) != expected)
            {
                errors.Append(name).Append(": ").Append(id).Append(" is ").Append(lambdas[i] ? "met" : "not met").Append(" by the lambdas but ").Append(expected).AppendLine(" by the engine");
            }
        }

        var verdicts = new[]
        {
            ("engine", Of(full.Verdict.Status)),
            ("engine statuses-only", Of(statusesOnly.Verdict.Status)),
            ("peer", fromPeer.Verdict ?? (VerdictOutcome)(-1)),
        };
        foreach (var (who, verdict) in verdicts)
        {
            if (verdict != expectedVerdict)
            {
                errors.Append(name).Append(": the ").Append(who).Append("'s verdict is ").Append(verdict).Append(", expected ").Append(expectedVerdict).AppendLine();
            }
        }

        if (withLambdas && NrfHandWritten.Evaluate(values) != (expectedVerdict == VerdictOutcome.Met))
        {
            errors.Append(name).Append(": the lambdas' verdict is ").Append(NrfHandWritten.Evaluate(values) ? "met" : "not met").Append(", expected ").Append(expectedVerdict).AppendLine();
        }
    }

    /// <summary>The engine's status as the peer states it: the peer does not split "partly met" off "not met" (neither counts as met).</summary>
    private static Outcome Of(GoalStatus status) => status switch
    {
        GoalStatus.Met => Outcome.Met,
        GoalStatus.PartlyMet or GoalStatus.NotMet => Outcome.NotMet,
        GoalStatus.NotEvaluable => Outcome.NotEvaluable,
        _ => throw new InvalidOperationException($"No NRF goal is monitor-only, yet the engine said {status}."),
    };

    private static VerdictOutcome Of(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => VerdictOutcome.Met,
        VerdictStatus.NotMet => VerdictOutcome.NotMet,
        VerdictStatus.Undetermined => VerdictOutcome.Undetermined,
        _ => throw new InvalidOperationException($"NRF's categories both decide, yet the engine said {status}."),
    };

    private static ValuesDocument Without(ValuesDocument values, string indicator) => values with { Values = values.Values.Remove(indicator) };

    /// <summary><paramref name="values"/> with <paramref name="indicator"/>'s number for the document's year replaced.</summary>
    private static ValuesDocument With(ValuesDocument values, string indicator, decimal number)
    {
        var data = values.Find(indicator) ?? IndicatorData.Empty;
        return values with { Values = values.Values.SetItem(indicator, data with { Years = data.Years.SetItem(values.Year, number) }) };
    }
}
