using System.Collections.Immutable;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// How much of one rule set the cases exercise. The items are every goal (covered when seen on both sides of its boundary),
/// every part of a multi-part criterion (covered when seen decisive both passing and failing), and every outcome the
/// policy can produce for each deciding category and for the verdict (covered when some case expects it and gets it);
/// README defines them.
/// </summary>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RulesFile">The rule file's path.</param>
/// <param name="Covered">Items covered.</param>
/// <param name="Total">All items.</param>
/// <param name="GoalsNotEvaluated">Goals no case evaluated (every case left them not evaluable).</param>
/// <param name="GoalsOneSided">Goals evaluated but never seen both met and not met, each with what was seen, e.g. <c>mal-4 (seen met only)</c>.</param>
/// <param name="PartsNotDecisive">Parts never seen decisive both passing and failing, e.g. <c>mal-1 part 2 "Jämtland Härjedalen" (decisive only while passing)</c>.</param>
public sealed record RuleSetCoverage(
    string RuleSetId,
    string RulesFile,
    int Covered,
    int Total,
    ImmutableArray<string> GoalsNotEvaluated,
    ImmutableArray<string> GoalsOneSided,
    ImmutableArray<string> PartsNotDecisive)
{
    /// <summary>
    /// Policy outcomes no case tests (expects, with <c>verdict:</c> or <c>categories:</c>, and gets), per category and for
    /// the verdict, each with what was tested, e.g. <c>operational (atLeast 7): undetermined (tested met and not-met only)</c>.
    /// </summary>
    public ImmutableArray<string> PolicyOutcomesNotTested { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Covered items as a percentage of all items (100 when there are none), rounded down to one decimal.</summary>
    public decimal Percent => Total == 0 ? 100m : decimal.Floor(Covered * 1000m / Total) / 10m;

    /// <summary>True when at least <paramref name="minimumPercent"/> % of the items are covered (compared exactly, not rounded).</summary>
    public bool Reaches(decimal minimumPercent) => Covered * 100m >= minimumPercent * Total;
}
