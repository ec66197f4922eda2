using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Facts;

namespace Nrf.Goals.Tests.Rules.Runtime;

/// <summary>An application that runs NRules itself compiles our rules together with a Fluent rule of its own.</summary>
public sealed class InteropTests
{
    [Fact]
    public void Compile_OurRulesWithAnAppsFluentRule_OneSessionGivesOurResultAndFiresTheAppsRule()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var nrf = new NRulesCompiler().CompileToNRules(ruleSet);
        var values = ValuesLoader.Parse(File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml")).Replace("equity_sek: 3420000", "equity_sek: 900000", StringComparison.Ordinal), "values.yaml", ruleSet);
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(FinancialGoalNotMetAlert)));
        repository.Add(nrf.Rules);
        var factory = repository.Compile();

        var session = factory.CreateSession();
        var alerts = new Alerts();
        session.Insert(alerts);
        var evaluation = nrf.CreateEvaluation(values);
        session.InsertAll(evaluation.Facts);
        session.Fire();

        evaluation.ToResult().Goal("mal-13")!.Status.Should().Be(GoalStatus.NotMet);
        alerts.Raised.Should().Equal("mal-13: Eget kapital");
        JsonReport.Write(evaluation.ToResult()).Should().Be(JsonReport.Write(nrf.Evaluate(values)));
    }

    [Fact]
    public void ToResult_BeforeTheRulesFired_ThrowsInvalidOperationException()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var evaluation = new NRulesCompiler().CompileToNRules(ruleSet).CreateEvaluation(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet));

        var act = () => evaluation.ToResult();

        act.Should().Throw<InvalidOperationException>().WithMessage("The rules of 'nrf-2023-2025' have not all fired for nrf 2023*");
    }
}

/// <summary>What an application collects (NRules loads only public top-level rule types).</summary>
public sealed class Alerts
{
    public List<string> Raised { get; } = [];
}

/// <summary>The application's own rule over our public outcome facts.</summary>
public sealed class FinancialGoalNotMetAlert : Rule
{
    public override void Define()
    {
        GoalOutcome outcome = null!;
        Alerts alerts = null!;
        When()
            .Match(() => outcome, o => o.Category == GoalCategory.Financial && o.Status == GoalStatus.NotMet)
            .Match(() => alerts);
        Then()
            .Do(_ => alerts.Raised.Add($"{outcome.GoalId}: {outcome.Result.Title}"));
    }
}
