using Nrf.Goals.Loading;
using Nrf.Goals.Model;

namespace Nrf.Goals.Tests.Loading;

public sealed class EntityNounTests
{
    private const string Rules = """
        id: demo
        title: Demo
        validity: {from: 2024, to: 2024}
        policy: {operational: all, financial: all}
        indicators:
          - {id: a, title: A}
        goals:
          - {id: g1, title: G1, category: operational, criterion: a >= 1}
        """;

    [Fact]
    public void Parse_EntityNounMapping_ReadsBothLanguages() =>
        RuleSetLoader.Parse(Rules + "\nentityNoun: {sv: förbundet, en: the federation}\n").EntityNoun
            .Should().Be(new EntityNoun("förbundet", "the federation"));

    [Fact]
    public void Parse_EntityNounText_IsTheSwedishNoun() =>
        RuleSetLoader.Parse(Rules + "\nentityNoun: regionen\n").EntityNoun.Should().Be(new EntityNoun("regionen", null));

    [Fact]
    public void Parse_NoEntityNoun_IsNull() =>
        RuleSetLoader.Parse(Rules).EntityNoun.Should().BeNull();

    [Fact]
    public void Parse_EntityNounWithUnknownLanguage_ReportsTheKey() =>
        LoadAssertions.RuleErrors(Rules + "\nentityNoun: {sv: förbundet, de: der Verband}\n")
            .Should().Equal("rules.yaml:9:29: unknown key 'de' in entityNoun (did you mean 'en'?); allowed keys are en, sv");
}
