using System.Text.Json;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_NoArgument_PrintsTheRuleFileSchemaAndExitsZero()
    {
        var (exit, output, error) = CliRunner.Run("schema");

        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "rule-set.schema.json")));
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("$schema").GetString().Should().Be("http://json-schema.org/draft-07/schema#");
        json.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("id", "title", "validity", "policy", "indicators", "goals");
    }

    [Fact]
    public void Schema_Values_PrintsTheValuesSchema()
    {
        var (exit, output, _) = CliRunner.Run("schema", "values");

        exit.Should().Be(0);
        output.Should().Be(FileSchemas.Values);
        output.Should().NotBe(FileSchemas.RuleSet);
    }

    [Fact]
    public void Schema_UnknownKind_IsAUsageError()
    {
        var (exit, output, error) = CliRunner.Run("schema", "goals");

        exit.Should().NotBe(0);
        output.Should().NotContain("$schema");
        error.Should().Contain("goals");
    }
}
