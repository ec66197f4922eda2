using System.Reflection;
using System.Text.Json;
using NJsonSchema;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Loading;

/// <summary>The JSON Schemas of rule files and values documents: the shipped files validate, typos and wrong values do not.</summary>
public sealed class FileSchemasTests
{
    private static readonly Lazy<JsonSchema> RuleSchema = new(() => JsonSchema.FromJsonAsync(FileSchemas.RuleSet).GetAwaiter().GetResult());
    private static readonly Lazy<JsonSchema> ValuesSchema = new(() => JsonSchema.FromJsonAsync(FileSchemas.Values).GetAwaiter().GetResult());

    private static readonly string NrfYaml = File.ReadAllText(RepositoryPaths.Rules("nrf/2023-2025.yaml"));

    public static TheoryData<string> ShippedRuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".tests.yaml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    public static TheoryData<string> ShippedValuesFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "examples"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedValuesFiles))]
    public void ValuesSchema_ShippedValuesFile_HasNoErrors(string relativePath)
    {
        ValueErrors(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath))).Should().BeEmpty();
    }

    private static string[] RuleErrors(string yaml) => Flat(RuleSchema.Value.Validate(YamlJson.Convert(yaml)));

    private static string[] ValueErrors(string yaml) => Flat(ValuesSchema.Value.Validate(YamlJson.Convert(yaml)));

    /// <summary>
    /// NJsonSchema nests the errors inside a list item or property value under that item; take the innermost ones, except
    /// under oneOf, whose alternatives would each report something.
    /// </summary>
    private static string[] Flat(IEnumerable<NJsonSchema.Validation.ValidationError> errors) => errors
        .SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child && e.Kind is not (NJsonSchema.Validation.ValidationErrorKind.NotOneOf or NJsonSchema.Validation.ValidationErrorKind.NotAnyOf)
            ? Flat(child.Errors.Values.SelectMany(v => v))
            : [$"{e.Kind} {e.Path}"])
        .ToArray();

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void Validate_ShippedRuleFile_HasNoErrors(string relativePath)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));

        RuleErrors(yaml).Should().BeEmpty();
        yaml.Split('\n')[0].TrimEnd('\r').Should().StartWith("# yaml-language-server: $schema=").And.EndWith("schemas/rule-set.schema.json");
    }

    [Fact]
    public void Validate_NrfRuleFile_IsAlsoValidToTheLoader()
    {
        RuleSetLoader.Parse(NrfYaml, "nrf.yaml").Goals.Should().HaveCount(13);
        RuleErrors(NrfYaml).Should().BeEmpty();
    }

    [Fact]
    public void Validate_TypoInGoalKey_IsRejectedAtThatKey()
    {
        var yaml = NrfYaml.Replace("    achievedWhen: Målet är uppnått om BG", "    achievdWhen: Målet är uppnått om BG", StringComparison.Ordinal);

        RuleErrors(yaml).Should().Equal("NoAdditionalPropertiesAllowed #/goals[3].achievdWhen");
    }

    [Fact]
    public void Validate_UnknownTopLevelKeyAndBadEnums_AreRejected()
    {
        var yaml = NrfYaml
            .Replace("validity: {from: 2023, to: 2025}", "validity: {from: 2023, to: 2025}\nversion: 2", StringComparison.Ordinal)
            .Replace("    type: yes-no\n  - id: care_pathway_feedback_to_board", "    type: boolean\n  - id: care_pathway_feedback_to_board", StringComparison.Ordinal)
            .Replace("  - id: mal-12\n    title: Likviditet\n    category: financial", "  - id: mal-12\n    title: Likviditet\n    category: finance", StringComparison.Ordinal);

        RuleErrors(yaml).Should().BeEquivalentTo(
            "NoAdditionalPropertiesAllowed #/version",
            "NotInEnumeration #/indicators[3].type",
            "NotInEnumeration #/goals[11].category");
    }

    [Fact]
    public void Validate_BadIdsAndPolicy_AreRejected()
    {
        var yaml = NrfYaml
            .Replace("  - id: rpo_count\n", "  - id: RPO-count\n", StringComparison.Ordinal)
            .Replace("operational: {atLeast: 7}", "operational: {atleast: 7}", StringComparison.Ordinal);

        RuleErrors(yaml).Should().BeEquivalentTo(
            "PatternMismatch #/indicators[1].id",
            "NotOneOf #/policy.operational");
    }

    [Fact]
    public void Validate_PartlyRulesAndThePlansWords_AcceptedAndTyposRejected()
    {
        var yaml = NrfYaml.Replace("  operational: {atLeast: 7}\n  financial: all\n", """
              operational: {atLeast: 7, partlyFrom: 5}
              financial: {share: 100 %, partlyFrom: 50 %}
              verdict: {partly: every}
              words:
                operational: {met: förenlig, partlyMet: delvis förenlig, notMet: inte förenlig}
                verdict: {met: uppnås, partlyMet: uppnås delvis, notMet: uppnås inte}

            """.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        yaml.Should().Contain("partlyFrom: 5");
        RuleErrors(yaml).Should().BeEmpty();
        RuleSetLoader.Parse(yaml).Policy.PartlyVerdict.Should().Be(Nrf.Goals.Model.PartlyVerdictRule.Every);
        RuleErrors(yaml.Replace("{partly: every}", "{partly: most}", StringComparison.Ordinal)).Should().Equal("NotInEnumeration #/policy.verdict.partly");
        RuleErrors(yaml.Replace("partlyMet: uppnås delvis", "delvis: uppnås delvis", StringComparison.Ordinal)).Should().Equal("NoAdditionalPropertiesAllowed #/policy.words.verdict.delvis");
        RuleErrors(yaml.Replace("  financial: {share: 100 %, partlyFrom: 50 %}", "  financial: {judgement: x, partly: ja}", StringComparison.Ordinal)).Should().Equal("NotOneOf #/policy.financial");
    }

    [Fact]
    public void Validate_GroupsTreeOfThePlanHierarchy_IsAccepted()
    {
        var yaml = NrfYaml.Replace("goals:\n", """
            groups:
              - id: samhalle
                title: Samhällsperspektivet
                level: perspektiv
                groups:
                  - id: samhalle-resurser
                    title: Hållbart nyttjande av resurser
                    level: strategiskt mål
                    groups:
                      - {id: samhalle-resurser-ff1, title: Effektiv resursanvändning, level: framgångsfaktor, risk: 12}
            goals:

            """.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("    category: operational\n    area: Kunskapsstyrning\n    achievedWhen: Målet är uppnått om representation", "    category: operational\n    group: samhalle-resurser-ff1\n    area: Kunskapsstyrning\n    achievedWhen: Målet är uppnått om representation", StringComparison.Ordinal);

        yaml.Should().Contain("group: samhalle-resurser-ff1");
        RuleErrors(yaml).Should().BeEmpty();
        RuleErrors(yaml.Replace("risk: 12", "risk: 17", StringComparison.Ordinal)).Should().Equal("NumberTooBig #/groups[0].groups[0].groups[0].risk");
        RuleErrors(yaml.Replace("level: framgångsfaktor,", "nivå: framgångsfaktor,", StringComparison.Ordinal)).Should().Equal("NoAdditionalPropertiesAllowed #/groups[0].groups[0].groups[0].nivå");
    }

    [Fact]
    public void Schema_EveryKeyTheLoaderReads_IsDescribed()
    {
        using var schema = JsonDocument.Parse(FileSchemas.RuleSet);
        var root = schema.RootElement;
        string[] Keys(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).ToArray();
        string[] LoaderKeys(string field) => (string[])typeof(RuleSetLoader).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Keys(root.GetProperty("properties")).Should().Contain(LoaderKeys("RootKeys"));
        Keys(root.GetProperty("definitions").GetProperty("indicator").GetProperty("properties")).Should().Contain(LoaderKeys("IndicatorKeys"));
        Keys(root.GetProperty("definitions").GetProperty("goal").GetProperty("properties")).Should().Contain(LoaderKeys("GoalKeys"));
        Keys(root.GetProperty("definitions").GetProperty("group").GetProperty("properties")).Should().Contain(LoaderKeys("GroupKeys"));
        root.GetProperty("$schema").GetString().Should().Be("http://json-schema.org/draft-07/schema#");
    }

    [Fact]
    public void Validate_UnitAndExplanationPerCase_AreDescribedAndTyposRejected()
    {
        var yaml = NrfYaml.Replace(
            "    criterion: coordination_meetings_held >= 2",
            "    unit: möten\n    criterion:\n      byYear:\n        2023: {criterion: [{label: Möten, expr: coordination_meetings_held >= 2, unit: st}], explanation: 'Möten 2023: {coordination_meetings_held}'}\n        2024: coordination_meetings_held >= 3",
            StringComparison.Ordinal);

        RuleSetLoader.Parse(yaml, "nrf.yaml").FindGoal("mal-5")!.Criterion.Should().BeOfType<Nrf.Goals.Model.ScheduledCriterion>();
        RuleErrors(yaml).Should().BeEmpty();
        RuleErrors(yaml.Replace("explanation: 'Möten", "explanaton: 'Möten", StringComparison.Ordinal)).Should().NotBeEmpty();
        RuleErrors(yaml.Replace("unit: st}", "units: st}", StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public void Json_EmbeddedSchemas_AreTheRepositoryFiles()
    {
        FileSchemas.RuleSet.Should().Be(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "rule-set.schema.json")));
        FileSchemas.Values.Should().Be(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "values.schema.json")));
    }

    [Fact]
    public void ValuesSchema_ShippedExample_ValidatesAndTyposAreRejected()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Examples("nrf-2023-annual.yaml"));

        ValueErrors(yaml).Should().BeEmpty();
        ValueErrors(yaml.Replace("report: annual", "report: annual\nraport: interim", StringComparison.Ordinal)).Should().Equal("NoAdditionalPropertiesAllowed #/raport");
        ValueErrors(yaml.Replace("report: annual", "report: yearly", StringComparison.Ordinal)).Should().Equal("NotInEnumeration #/report");
        ValueErrors(yaml.Replace("  rpo_count: 24", "  rpo_count: tjugofyra", StringComparison.Ordinal)).Should().Equal("NotOneOf #/values.rpo_count");
    }

    [Fact]
    public void Validate_SwedishNumbersTheLoaderReads_AreAccepted()
    {
        var yaml = NrfYaml.Replace("    default: 0", "    default: \"1 500,5\"", StringComparison.Ordinal);

        RuleSetLoader.Parse(yaml, "nrf.yaml").FindIndicator("approved_deficit_tkr")!.Default.Should().Be(1500.5m);
        RuleErrors(yaml).Should().BeEmpty();
        RuleErrors(NrfYaml.Replace("    default: 0", "    default: noll", StringComparison.Ordinal)).Should().Equal("NotOneOf #/indicators[17].default");
    }
}
