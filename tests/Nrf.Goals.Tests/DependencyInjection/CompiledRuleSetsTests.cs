using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Tests.Cli;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>Which rule files changed since they were compiled.</summary>
public sealed class CompiledRuleSetsTests
{
    [Fact]
    public void FirstChangedFile_WrittenWithATimestampOlderThanTheCompile_IsChanged()
    {
        using var temp = new TempFolder();
        var file = temp.File("small.yaml");
        File.WriteAllText(file, SmallRules.Text());
        File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var compiled = new RuleSetCompilation(new NRulesCompiler()).Compile(new NrfGoalsOptions { RuleFiles = { file } });

        // A coarse file-system clock can stamp a write just after the read earlier than the read: any other stamp is a change.
        File.WriteAllText(file, SmallRules.Text(target: 20));
        File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        compiled.FirstChangedFile().Should().Be(file);
    }

    [Fact]
    public void FirstChangedFile_NotWrittenSinceTheCompile_IsNull()
    {
        using var temp = new TempFolder();
        var file = temp.File("small.yaml");
        File.WriteAllText(file, SmallRules.Text());
        var compiled = new RuleSetCompilation(new NRulesCompiler()).Compile(new NrfGoalsOptions { RuleFiles = { file } });

        compiled.FirstChangedFile().Should().BeNull();
    }
}
