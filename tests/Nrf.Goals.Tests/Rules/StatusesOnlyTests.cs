using Nrf.Goals.Evaluation;
using Nrf.Goals.Results;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules;

/// <summary><see cref="EvaluationDetail.StatusesOnly"/> judges exactly as a full evaluation, on every shipped rule-test case.</summary>
public sealed class StatusesOnlyTests
{
    public static TheoryData<string> ShippedTestFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Rules(string.Empty), "*.tests.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedTestFiles))]
    public void Evaluate_EveryShippedCase_SameJudgementAsFullWithoutTexts(string testFile)
    {
        var tests = new RuleTestLoader().Load(Path.Combine(RepositoryPaths.Root, testFile));
        var compiled = new NRulesCompiler().Compile(tests.RuleSet);
        static object Judgement(EvaluationResult r) => new
        {
            r.Verdict,
            r.Groups,
            Goals = r.Goals.Select(g => $"{g.Id} {g.Status} {g.Reason} {g.Comment} {string.Join(",", g.Parts.Select(p => $"{p.Label}:{p.Status}"))}").ToList(),
        };

        tests.Cases.Should().NotBeEmpty();
        foreach (var testCase in tests.Cases)
        {
            var full = compiled.Evaluate(testCase.Values);
            var thin = compiled.Evaluate(testCase.Values, EvaluationDetail.StatusesOnly);

            Judgement(thin).Should().BeEquivalentTo(Judgement(full), o => o.WithStrictOrdering(), testCase.Name);
            thin.Goals.Should().OnlyContain(g => g.Explanation.Length == 0 && g.Values.IsEmpty && g.Parts.All(p => p.Detail.Length == 0), testCase.Name);
        }
    }
}
