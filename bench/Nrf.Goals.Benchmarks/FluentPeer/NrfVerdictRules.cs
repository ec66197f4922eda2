using NRules.Fluent.Dsl;

#pragma warning disable CS1591 // Each rule's name and description say what it decides.

namespace Nrf.Goals.Benchmarks.FluentPeer;

// The verdict policy of rules/nrf/2023-2025.yaml: "minst sju av tio verksamhetsmål och samtliga ekonomiska mål".
// Each category rule collects its goals' outcomes (an aggregate over the GoalOutcome facts) and inserts the category's
// three-valued outcome; priority -1 lets every goal rule fire first, so that each category rule fires once, over all its
// goals. The verdict rule joins the two category outcomes and writes the verdict into the result sink.

[Name("verksamhetsmål"), Description("Minst sju av tio verksamhetsmål uppfyllda"), Priority(-1)]
public sealed class OperationalGoalsRule : Rule
{
    public override void Define()
    {
        IEnumerable<GoalOutcome> goals = null!;
        When()
            .Query(() => goals, q => q.Match<GoalOutcome>(g => g.Category == Category.Operational).Collect());
        Then()
            .Do(ctx => ctx.Insert(CategoryOutcome.AtLeast(Category.Operational, 7, goals)));
    }
}

[Name("ekonomiska mål"), Description("Samtliga ekonomiska mål uppfyllda"), Priority(-1)]
public sealed class FinancialGoalsRule : Rule
{
    public override void Define()
    {
        IEnumerable<GoalOutcome> goals = null!;
        When()
            .Query(() => goals, q => q.Match<GoalOutcome>(g => g.Category == Category.Financial).Collect());
        Then()
            .Do(ctx => ctx.Insert(CategoryOutcome.All(Category.Financial, goals)));
    }
}

[Name("god ekonomisk hushållning"), Description("Uppfyllt om båda kategorierna är uppfyllda, ej uppfyllt om någon inte är det, annars obestämt")]
public sealed class VerdictRule : Rule
{
    public override void Define()
    {
        PeerResult result = null!;
        CategoryOutcome operational = null!;
        CategoryOutcome financial = null!;
        var verdict = default(VerdictOutcome);
        When()
            .Match(() => result)
            .Match(() => operational, c => c.Category == Category.Operational)
            .Match(() => financial, c => c.Category == Category.Financial)
            .Let(() => verdict, () => CategoryOutcome.Combine(operational.Status, financial.Status));
        Then()
            .Do(ctx => result.Record(verdict, operational, financial));
    }
}
