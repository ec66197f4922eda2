namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>
/// README's dependency-injection program is samples/Nrf.Goals.Sample, which CI builds from the packed packages and
/// runs: the two must not drift apart, or README would show a program nobody compiled (issue 12).
/// </summary>
public sealed class ReadmeProgramTests
{
    [Fact]
    public void ReadmeDependencyInjectionProgram_IsTheSampleThatCiBuildsFromThePackages()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### In an app with dependency injection", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var program = section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];

        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "Nrf.Goals.Sample", "Program.cs")).ReplaceLineEndings("\n");
        var code = string.Concat(sample.Split('\n').SkipWhile(line => line.StartsWith("//", StringComparison.Ordinal)).Select(line => line + "\n")).TrimEnd('\n') + "\n";

        program.Should().Be(code);
        program.Should().Contain(".UseNRules()").And.Contain("evaluator.Get(\"nrf-2023-2025\").RuleSet");
    }
}
