using System.Collections.Concurrent;
using System.Collections.Immutable;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.RuleTests;

/// <summary>
/// Runs rule test cases through the public evaluation API and says exactly what differed. The compiler is passed in,
/// so the core does not depend on an engine: use <c>new RuleTestRunner(new NRulesCompiler())</c> from Nrf.Goals.Rules.
/// Each rule set is compiled once and reused. Thread-safe.
/// </summary>
public sealed class RuleTestRunner
{
    private readonly IRuleSetCompiler _compiler;
    private readonly ConcurrentDictionary<RuleSet, Lazy<ICompiledRuleSet>> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a runner that compiles rule sets with <paramref name="compiler"/>.</summary>
    public RuleTestRunner(IRuleSetCompiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        _compiler = compiler;
    }

    /// <summary>Runs every case of <paramref name="file"/> that <paramref name="select"/> accepts (all when null), in file order.</summary>
    public ImmutableArray<RuleTestOutcome> Run(RuleTestFile file, Func<RuleTestCase, bool>? select = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Cases.Where(c => select is null || select(c)).Select(Run).ToImmutableArray();
    }

    /// <summary>Evaluates the case's values and checks every expectation.</summary>
    public RuleTestOutcome Run(RuleTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var compiled = _compiled.GetOrAdd(testCase.RuleSet, r => new Lazy<ICompiledRuleSet>(() => _compiler.Compile(r))).Value;
        var result = compiled.Evaluate(testCase.Values);
        var failures = ImmutableArray.CreateBuilder<RuleTestFailure>();
        foreach (var expected in testCase.Expect.Goals)
        {
            var goal = result.Goal(expected.GoalId)!;
            if (goal.Status != expected.Status)
            {
                failures.Add(new RuleTestFailure(
                    $"{goal.Id}: expected {GoalStatusNames.Name(expected.Status)}, got {GoalStatusNames.Name(goal.Status)} — {Details(goal)}", expected.Location));
            }
        }

        foreach (var expected in testCase.Expect.Categories)
        {
            var category = expected.Category == GoalCategory.Operational ? result.Verdict.Operational : result.Verdict.Financial;
            if (category.Status != expected.Status)
            {
                var name = GoalCategoryNames.Name(expected.Category);
                failures.Add(new RuleTestFailure(
                    $"{name}: expected {VerdictStatusNames.Name(expected.Status)}, got {VerdictStatusNames.Name(category.Status)} — {Counts(name, category)}", expected.Location));
            }
        }

        if (testCase.Expect.Verdict is { } verdict && result.Verdict.Status != verdict)
        {
            failures.Add(new RuleTestFailure(
                $"verdict: expected {VerdictStatusNames.Name(verdict)}, got {VerdictStatusNames.Name(result.Verdict.Status)} — {Counts(result.Verdict)}",
                testCase.Expect.VerdictLocation ?? testCase.Location));
        }

        foreach (var expected in testCase.Expect.Explanations)
        {
            var goal = result.Goal(expected.GoalId)!;
            if (!goal.Explanation.Contains(expected.Fragment, StringComparison.Ordinal))
            {
                failures.Add(new RuleTestFailure($"{goal.Id}: the explanation does not contain \"{expected.Fragment}\"; it reads \"{goal.Explanation}\"", expected.Location));
            }
        }

        return new RuleTestOutcome(testCase, result, failures.ToImmutable());
    }

    /// <summary>
    /// The numbers behind a goal's status: the evaluated expression of a single-part criterion, each part with its own status
    /// for a multi-part one, otherwise the goal's explanation (not evaluable, manual assessment).
    /// </summary>
    internal static string Details(GoalResult goal)
    {
        if (goal.Status == GoalStatus.NotEvaluable || goal.Parts.IsEmpty)
        {
            return goal.Explanation;
        }

        if (goal.Parts.Length == 1)
        {
            return goal.Parts[0].Detail;
        }

        return string.Join("; ", goal.Parts.Select(p => $"{p.Label ?? p.Criterion} ({GoalStatusNames.Name(p.Status)}): {p.Detail}"));
    }

    private static string Counts(Verdict verdict) =>
        $"{Counts(GoalCategoryNames.Name(GoalCategory.Operational), verdict.Operational)}; {Counts(GoalCategoryNames.Name(GoalCategory.Financial), verdict.Financial)}";

    private static string Counts(string name, CategoryVerdict category)
    {
        var notEvaluable = category.NotEvaluable > 0 ? $", {category.NotEvaluable} not evaluable" : string.Empty;
        if (category.IsJudged)
        {
            var judgement = category.Judgement is { } j ? $"judged {GoalStatusNames.Name(j.Status)}" : "no judgement recorded";
            return $"{name} {judgement}, {category.Met} of {category.Total} met{notEvaluable} ({category.Rule}) → {VerdictStatusNames.Name(category.Status)}";
        }

        return $"{name} {category.Met} of {category.Total} met{notEvaluable} ({category.Rule}) → {VerdictStatusNames.Name(category.Status)}";
    }
}
