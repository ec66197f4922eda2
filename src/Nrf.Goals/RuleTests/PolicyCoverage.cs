using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// The policy's share of rule coverage: each outcome the policy can produce for a deciding category (met, partly met
/// where defined, not met, undetermined) and for the verdict is an item, tested when a case expects it
/// (<c>categories: {operational: partly-met}</c>, <c>verdict: undetermined</c>) and the evaluation gives it. Unlike a
/// goal's status, an outcome that merely occurs does not count: every case about a goal passes through the verdict, and
/// a test file without a single case on the verdict must not reach 100 %.
/// </summary>
internal sealed class PolicyCoverage
{
    private readonly RuleSet _ruleSet;
    private readonly HashSet<VerdictStatus> _operational = [];
    private readonly HashSet<VerdictStatus> _financial = [];
    private readonly HashSet<VerdictStatus> _verdict = [];

    public PolicyCoverage(RuleSet ruleSet) => _ruleSet = ruleSet;

    /// <summary>Records the outcomes <paramref name="expect"/> names that <paramref name="result"/> gives.</summary>
    public void Add(RuleTestExpectation expect, EvaluationResult result)
    {
        foreach (var category in expect.Categories)
        {
            var verdict = category.Category == GoalCategory.Operational ? result.Verdict.Operational : result.Verdict.Financial;
            if (verdict.Status == category.Status)
            {
                (category.Category == GoalCategory.Operational ? _operational : _financial).Add(category.Status);
            }
        }

        if (expect.Verdict == result.Verdict.Status)
        {
            _verdict.Add(result.Verdict.Status);
        }
    }

    /// <summary>The items tested and all items.</summary>
    public (int Covered, int Total) Count()
    {
        int covered = 0, total = 0;
        foreach (var (_, possible, tested) in Targets())
        {
            total += possible.Count;
            covered += possible.Count(tested.Contains);
        }

        return (covered, total);
    }

    /// <summary>Per target with an outcome no case tests: <c>operational (atLeast 7): undetermined (tested met and not-met only)</c>.</summary>
    public ImmutableArray<string> NotTested()
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var (target, possible, tested) in Targets())
        {
            var missing = possible.Where(o => !tested.Contains(o)).Select(VerdictStatusNames.Name).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var done = PolicyOutcomes.Order.Where(tested.Contains).Select(VerdictStatusNames.Name).ToList();
            lines.Add($"{target}: {Join(missing, "or")} ({(done.Count == 0 ? "none tested" : $"tested {Join(done, "and")} only")})");
        }

        return lines.ToImmutable();
    }

    private IEnumerable<(string Target, IReadOnlyList<VerdictStatus> Possible, HashSet<VerdictStatus> Tested)> Targets()
    {
        var policy = _ruleSet.Policy;
        yield return ($"{GoalCategoryNames.Name(GoalCategory.Operational)} ({policy.Operational.Describe()})", PolicyOutcomes.Category(_ruleSet, GoalCategory.Operational), _operational);
        yield return ($"{GoalCategoryNames.Name(GoalCategory.Financial)} ({policy.Financial.Describe()})", PolicyOutcomes.Category(_ruleSet, GoalCategory.Financial), _financial);
        yield return (policy.DescribeVerdict() is { } rule ? $"verdict ({rule})" : "verdict", PolicyOutcomes.Verdict(_ruleSet), _verdict);
    }

    private static string Join(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1];
}
