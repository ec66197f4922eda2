using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NRules;
using NRules.RuleModel;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Tests.Hardening;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Rules.Runtime;

/// <summary>
/// The two shapes of a compiled rule set — the report shape <c>Evaluate</c> runs in a pooled session, and the shape of
/// goal inputs and outcome facts that applications' sessions and live sessions run — give the same results, byte for
/// byte, and in both every goal is decided by exactly one of its rules.
/// </summary>
public sealed class RuleShapeTests
{
    [Theory]
    [InlineData("nrf/2023-2025.yaml", "nrf-2023-annual.yaml")]
    [InlineData("nrf/2023-2025.yaml", "nrf-2023-interim-da08.yaml")]
    [InlineData("region-norrbotten/rs-plan-2020.yaml", "region-norrbotten-2020-dap08.yaml")]
    public void Evaluate_ShippedExamples_BothShapesGiveTheSameJsonAndOneRulePerGoalFires(string rules, string values)
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules(rules));
        var document = ValuesLoader.Load(RepositoryPaths.Examples(values), ruleSet);
        var compiled = new NRulesCompiler().CompileToNRules(ruleSet);

        var shapes = Shapes(compiled, document);

        shapes.Select(s => s.Json).Distinct().Should().ContainSingle("every shape gives the same result: {0}", string.Join(", ", shapes.Select(s => s.Name)));
        foreach (var (name, _, fired) in shapes.Where(s => s.Fired is not null))
        {
            fired.Should().BeEquivalentTo(ruleSet.Goals.Select(g => (g.Id, 1)), "{0}: each goal is decided by exactly one of its rules", name);
        }
    }

    [Fact]
    public void Evaluate_NorrbottenForEveryYearAndPeriod_ThePooledSessionGivesWhatAFreshSessionOfTheOtherShapeGives()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var example = ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet);
        var compiled = new NRulesCompiler().CompileToNRules(ruleSet);
        var documents = (from year in new[] { 2020, 2021, 2022, 2023 }
                         from period in new ReportPeriod?[] { ReportPeriod.Interim04, ReportPeriod.Interim08, ReportPeriod.Annual, null }
                         select example with { Year = year, Period = period, Report = period == ReportPeriod.Annual ? ReportKind.Annual : ReportKind.Interim, AsOf = null }).ToList();

        // One thread, one pooled session reloaded 16 times and back: each report's cases, values and results replace the last's.
        var pooled = documents.Concat(documents.AsEnumerable().Reverse()).Select(d => JsonReport.Write(compiled.Evaluate(d))).ToList();

        pooled.Should().Equal(documents.Concat(documents.AsEnumerable().Reverse()).Select(d => JsonReport.Write(compiled.EvaluateWithInputs(d))));
        pooled.Distinct().Should().HaveCount(documents.Count, "each year and period gives a result of its own");
    }

    [Property(MaxTest = 40)]
    public Property Evaluate_RandomRuleSetAndValues_EveryShapeGivesByteIdenticalJsonAndOneRulePerGoalFires() =>
        Prop.ForAll(Scenario.Arbitrary, scenario =>
        {
            var ruleSet = RuleSetLoader.Parse(scenario.Rules, "rules.yaml");
            var document = ValuesLoader.Parse(scenario.Values, "values.yaml", ruleSet);
            var compiled = new NRulesCompiler().CompileToNRules(ruleSet);

            var shapes = Shapes(compiled, document);

            shapes.Select(s => s.Json).Distinct().Should().ContainSingle();
            foreach (var (name, _, fired) in shapes.Where(s => s.Fired is not null))
            {
                fired.Should().BeEquivalentTo(ruleSet.Goals.Select(g => (g.Id, 1)), "{0}: each goal is decided by exactly one of its rules", name);
            }

            JsonReport.Write(compiled.Evaluate(document, EvaluationDetail.StatusesOnly))
                .Should().Be(JsonReport.Write(compiled.EvaluateWithInputs(document, EvaluationDetail.StatusesOnly)));
        });

    [Fact]
    public void Evaluate_RuleSetDroppedAfterEvaluating_ItsPooledSessionDoesNotKeepItAlive()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var values = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet);

        var dropped = CompileEvaluateAndDrop(ruleSet, values);
        for (var i = 0; i < 3 && dropped.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        dropped.IsAlive.Should().BeFalse("a reloaded rule set must not leak through this thread's session pool");
    }

    private static WeakReference CompileEvaluateAndDrop(Model.RuleSet ruleSet, ValuesDocument values)
    {
        var compiled = new NRulesCompiler().Compile(ruleSet);
        compiled.Evaluate(values).Verdict.Should().NotBeNull();
        return new WeakReference(compiled);
    }

    /// <summary>
    /// The document evaluated in every way there is: the report shape (a pooled session, a second time in the same
    /// session, statuses and full), an application's session of <see cref="NRulesRuleSet.Rules"/>, and a live session;
    /// each with its JSON and, where the session is ours to watch, how often each goal's rules fired.
    /// </summary>
    private static List<(string Name, string Json, List<(string Goal, int Rules)>? Fired)> Shapes(NRulesRuleSet compiled, ValuesDocument document)
    {
        var shapes = new List<(string, string, List<(string, int)>?)>();

        var trace = new EvaluationTrace();
        var report = compiled.Evaluate(document, trace);
        shapes.Add(("report shape", JsonReport.Write(report), PerGoal(compiled.ReportRules, trace.Fired.Select(f => f.Rule))));
        var again = new EvaluationTrace();
        shapes.Add(("report shape, pooled session again", JsonReport.Write(compiled.Evaluate(document, again)), PerGoal(compiled.ReportRules, again.Fired.Select(f => f.Rule))));

        var session = compiled.SessionFactory.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        var evaluation = compiled.CreateEvaluation(document);
        session.InsertAll(evaluation.Facts);
        session.Fire();
        shapes.Add(("goal inputs, an application's session", JsonReport.Write(evaluation.ToResult()), PerGoal(compiled.Rules, fired)));

        // A live session fires while it opens, before anyone can watch; LiveEvaluationTests count what a change fires.
        var live = compiled.Open(document);
        shapes.Add(("goal inputs, live", JsonReport.Write(live.Current), null));
        return shapes;
    }

    /// <summary>How many of each goal's rules fired, by the goal property every goal rule carries.</summary>
    private static List<(string Goal, int Rules)> PerGoal(IRuleSet rules, IEnumerable<string> fired)
    {
        var goalOf = rules.Rules.Where(r => Goal(r) is not null).ToDictionary(r => r.Name, r => Goal(r)!);
        return fired.Where(goalOf.ContainsKey).GroupBy(r => goalOf[r]).Select(g => (g.Key, g.Count())).ToList();
    }

    private static string? Goal(IRuleDefinition rule) => rule.Properties.TryGetProperty(RuleProperties.Goal, out var p) ? (string)p.Value : null;
}
