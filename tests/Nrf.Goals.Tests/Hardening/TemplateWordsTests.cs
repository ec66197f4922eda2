using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Explanation templates and defaults that loaded and printed something else than they said (issue 22): a format after
/// the words ("3 möten:pct"), a nested placeholder ("{möten}"), a word that disagreed with the rounded number ("1 möten"),
/// and a default on a yes/no indicator that was dropped without a word. Corpus: <c>explanation-format-after-the-words</c>,
/// <c>explanation-nested-placeholder</c>, <c>indicator-default-on-yes-no</c>.
/// </summary>
public sealed class TemplateWordsTests
{
    [Theory]
    [InlineData("{n|möte|möten:pct}", "rules.yaml:12:39: a format goes right after the expression, before the singular and plural: write {n:pct|möte|möten}")]
    [InlineData("{n|möte:n0|möten}", "rules.yaml:12:33: a format goes right after the expression, before the singular and plural: write {n:n0|möte|möten}")]
    [InlineData("{n|möte|{möten}}", "rules.yaml:12:34: placeholders do not nest: this '{' is inside another placeholder; write {n|möte|möten}")]
    [InlineData("{{n}}", "rules.yaml:12:27: placeholders do not nest: this '{' is inside another placeholder; write {n}")]
    public void Load_PlaceholderThatWouldPrintItsOwnSyntax_RefusedAtThePlace(string placeholder, string expected)
    {
        RuleErrors(Rules(placeholder)).Should().Equal(expected);
    }

    [Theory]
    [InlineData("{n:n0|möte|möten}", "0.6", "1 möte")]
    [InlineData("{n:n0|möte|möten}", "1.4", "1 möte")]
    [InlineData("{n:n0|möte|möten}", "1.5", "2 möten")]
    [InlineData("{n:n0|möte|möten}", "0.4", "0 möten")]
    [InlineData("{n:n1|möte|möten}", "0.96", "1,0 möte")]
    [InlineData("{n:n1|möte|möten}", "1.06", "1,1 möten")]
    [InlineData("{n|möte|möten}", "1.0004", "1 möte")]
    [InlineData("{n|möte|möten}", "1.0005", "1,001 möten")]
    [InlineData("{n|möte|möten}", "-1", "-1 möte")]
    [InlineData("{n:pct|procentenhet|procentenheter}", "0.0096", "1,0 % procentenhet")]
    public void Evaluate_PluralForm_AgreesWithTheNumberAsPrinted(string placeholder, string value, string expected)
    {
        var ruleSet = RuleSetLoader.Parse(Rules(placeholder), "rules.yaml");
        var values = ValuesLoader.Parse($"entity: t\nyear: 2023\nreport: annual\nvalues: {{n: {value}}}\n", "values.yaml", ruleSet);

        var goal = new NRulesCompiler().Compile(ruleSet).Evaluate(values).Goal("g")!;

        goal.Explanation.Should().Be($"Möten: {expected}");
    }

    [Theory]
    [InlineData("yes-no", "1", "yes/no")]
    [InlineData("yes-no", "true", "yes/no")]
    [InlineData("assessment", "0", "an assessment")]
    [InlineData("activity", "0", "an activity")]
    public void Load_DefaultOnAnIndicatorThatIsNoNumber_RefusedAtTheDefault(string type, string value, string kind)
    {
        var yaml = $"id: t\ntitle: T\nvalidity: {{from: 2023, to: 2025}}\npolicy: {{operational: all, financial: all}}\n"
            + $"indicators:\n  - {{id: x, title: X, type: {type}, default: {value}}}\n  - {{id: n, title: N}}\n"
            + "goals:\n  - {id: g, title: G, category: operational, criterion: n >= 0}\n";

        RuleErrors(yaml).Should().Equal(
            $"rules.yaml:6:{40 + type.Length}: indicator 'x' is {kind}, and only a number has a default (the number read when the values give none); remove the default, so that a missing value is not evaluable");
    }

    [Theory]
    [InlineData("{skr|lämnad|inte lämnad}", "true", "Återkoppling till SKR: lämnad")]
    [InlineData("{skr|lämnad|inte lämnad}", "false", "Återkoppling till SKR: inte lämnad")]
    [InlineData("{skr}", "true", "Återkoppling till SKR: ja")]
    [InlineData("{not skr|saknas|finns}", "false", "Återkoppling till SKR: saknas")]
    public void Evaluate_YesNoPlaceholderWithWords_WritesTheWordForYesOrNo(string placeholder, string value, string expected)
    {
        var ruleSet = RuleSetLoader.Parse(YesNoRules(placeholder), "rules.yaml");
        var values = ValuesLoader.Parse($"entity: t\nyear: 2023\nreport: annual\nvalues: {{skr: {value}}}\n", "values.yaml", ruleSet);

        var goal = new NRulesCompiler().Compile(ruleSet).Evaluate(values).Goal("g")!;

        goal.Explanation.Should().Be(expected);
    }

    [Theory]
    [InlineData("{skr|lämnad}", "rules.yaml:12:46: after '|' come two words: the singular and the plural after a number ({coordination_meetings_held|möte|möten}), or what a yes/no writes for yes and for no ({care_pathway_feedback_to_skr|lämnad|inte lämnad})")]
    [InlineData("{skr:pct}", "rules.yaml:12:47: a yes/no placeholder has no number format; write {skr}, or {skr|lämnad|inte lämnad} for words of your own")]
    public void Load_YesNoPlaceholderWithOneWordOrAFormat_RefusedAtThePlace(string placeholder, string expected)
    {
        RuleErrors(YesNoRules(placeholder)).Should().Equal(expected);
    }

    private static string YesNoRules(string placeholder) => $$"""
        id: t
        title: T
        validity: {from: 2023, to: 2025}
        policy: {operational: all, financial: all}
        indicators:
          - {id: skr, title: Återkoppling till SKR, type: yes-no}
        goals:
          - id: g
            title: G
            category: operational
            criterion: skr
            explanation: "Återkoppling till SKR: {{placeholder}}"
        """;

    private static string Rules(string placeholder) => $$"""
        id: t
        title: T
        validity: {from: 2023, to: 2025}
        policy: {operational: all, financial: all}
        indicators:
          - {id: n, title: N}
        goals:
          - id: g
            title: G
            category: operational
            criterion: n >= 0
            explanation: "Möten: {{placeholder}}"
        """;
}
