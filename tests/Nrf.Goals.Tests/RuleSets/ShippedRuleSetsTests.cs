using FluentAssertions;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.RuleSets;
using Nrf.Goals.Verdicts;
using Xunit;

namespace Nrf.Goals.Tests.RuleSets;

/// <summary>The Nrf.Goals.RuleSets package: the embedded rule sets are the repository's files, byte for byte.</summary>
public sealed class ShippedRuleSetsTests
{
    public static TheoryData<string> Paths => new(ShippedRuleSets.All.Select(r => r.Path));

    [Theory]
    [MemberData(nameof(Paths))]
    public void Open_EveryShippedRuleSet_IsTheRepositoryFileByteForByte(string path)
    {
        var shipped = ShippedRuleSets.All.Single(r => r.Path == path);
        using var stream = shipped.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, path)));
    }

    [Fact]
    public void All_EveryRuleFileUnderRules_IsShipped()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tests.yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'));

        ShippedRuleSets.All.Select(r => r.Path).Should().BeEquivalentTo(files);
    }

    [Fact]
    public void Load_Nrf_IsTheCheckedRuleSetNamedByItsRepositoryPath()
    {
        var ruleSet = ShippedRuleSets.Nrf2023To2025.Load();

        ruleSet.Id.Should().Be("nrf-2023-2025");
        ruleSet.Goals.Should().HaveCount(13);
        ruleSet.Location.File.Should().Be("rules/nrf/2023-2025.yaml");
        ruleSet.Should().BeSameAs(ShippedRuleSets.Nrf2023To2025.Load(), "a rule set is immutable, so it is loaded once");
    }

    [Fact]
    public void Load_Nrf_EvaluatesTheAnnualExampleToTheSameVerdictAsTheFile()
    {
        var ruleSet = ShippedRuleSets.Nrf2023To2025.Load();
        var values = ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet);

        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(values);

        result.Verdict.Status.Should().Be(VerdictStatus.Met);
        result.Verdict.Operational.Met.Should().Be(8);
        result.Verdict.Financial.Met.Should().Be(3);
    }
}
