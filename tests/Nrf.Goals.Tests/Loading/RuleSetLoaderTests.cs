using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Malformed rule files: every problem is refused at load with the exact <c>file:line:column: message</c>.</summary>
public sealed class RuleSetLoaderTests
{
    /// <summary>
    /// Lines 1–13 of a small rule set. Goal 'g0' uses both indicators (so no "unused indicator" warnings appear);
    /// goal 'g1' is left open, so the first line a test appends is line 14, indented as a key of 'g1'.
    /// </summary>
    internal const string Header =
        "id: t\n" +
        "title: T\n" +
        "entity: nrf\n" +
        "validity: {from: 2023, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: visitors, title: Visitors}\n" +
        "  - {id: sent, title: Sent, type: yes-no}\n" +
        "goals:\n" +
        "  - {id: g0, title: G0, category: financial, criterion: visitors >= 1 and sent}\n" +
        "  - id: g1\n" +
        "    title: G1\n" +
        "    category: operational\n";

    private const string UnknownVisiters =
        "'visiters' is not a declared indicator (did you mean 'visitors'?); expressions may use only the indicators under 'indicators:' and the documented functions";

    [Fact]
    public void Parse_WellFormedHeaderWithCriterion_LoadsWithoutWarnings()
    {
        var ruleSet = RuleSetLoader.Parse(Header + "    criterion: visitors >= 100 and sent\n");

        ruleSet.Goals.Select(g => g.Id).Should().Equal("g0", "g1");
        ruleSet.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_UnclosedFlowMapping_ReportsPlainSyntaxError()
    {
        // The parser only notices at the end of the file (line 15 is empty); the author needs the '{' that is never closed.
        RuleErrors(Header + "    criterion: {label: x, expr: sent\n").Should().Equal(
            "rules.yaml:14:16: the YAML syntax is broken here: a '{ … }' is not closed or misses a ','");
    }

    [Fact]
    public void Parse_UnquotedColonInText_ReportsQuoteHintAtColon()
    {
        // "note: a: b" — the second ': ' must be quoted. The product maps this case to a plain hint, but YamlDotNet 18
        // words it "While scanning a plain scalar value, found invalid mapping", which the mapping does not recognise.
        RuleErrors(Header + "    criterion: sent\n    note: a: b\n").Should().Equal(
            "rules.yaml:15:12: the YAML syntax is broken here: a ':' where a value was expected (quote text that contains ': ')");
    }

    [Fact]
    public void Parse_ListItemIndentedWrongly_ReportsPlainIndentationHint()
    {
        RuleErrors(Header + "    criterion: sent\n  - id: g2\n   title: bad\n").Should().Equal(
            "rules.yaml:16:4: the YAML syntax is broken here: a line is indented wrongly or a key is missing its ':'");
    }

    [Fact]
    public void Parse_TabIndentedGoalKey_ReportsTabAtStartOfThatLine()
    {
        RuleErrors(Header + "\tcriterion: sent\n").Should().Equal(
            "rules.yaml:14:1: tabs are not allowed for indentation in YAML; indent with spaces");
    }

    [Fact]
    public void Parse_TabIndentedSecondLine_ReportsTabAtStartOfThatLine()
    {
        RuleErrors("id: t\n\ttitle: T\n").Should().Equal(
            "rules.yaml:2:1: tabs are not allowed for indentation in YAML; indent with spaces");
    }

    [Fact]
    public void Parse_TabIndentedNestedMapping_ReportsTabAtStartOfThatLine()
    {
        RuleErrors("policy:\n\toperational: all\n").Should().Equal(
            "rules.yaml:2:1: tabs are not allowed for indentation in YAML; indent with spaces");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only\n# comments\n")]
    public void Parse_EmptyOrCommentOnlyFile_ReportsEmptyFile(string yaml)
    {
        RuleErrors(yaml).Should().Equal("rules.yaml:1:1: the file is empty; it should hold a rule set");
    }

    [Fact]
    public void Parse_ListAtRoot_ReportsRuleSetShouldBeMapping()
    {
        RuleErrors("- a\n- b\n").Should().Equal("rules.yaml:1:1: the file should hold a rule set (keys and values), not a list");
    }

    [Fact]
    public void Parse_TwoYamlDocuments_ReportsSecondDocument()
    {
        RuleErrors(Header + "    criterion: sent\n---\nid: x\n").Should().Equal(
            "rules.yaml:16:1: the file holds more than one YAML document ('---'); put one in each file");
    }

    [Fact]
    public void Parse_UnknownGoalKey_ReportsKeyWithSuggestion()
    {
        RuleErrors(Header + "    criterion: sent\n    explaination: x\n").Should().Equal(
            "rules.yaml:15:5: unknown key 'explaination' in a goal (did you mean 'explanation'?); allowed keys are achievedWhen, area, category, criterion, explanation, followedUpIn, group, id, note, target, title, unit");
    }

    [Fact]
    public void Parse_GoalWithoutCriterion_ReportsMissingKeyAtGoal()
    {
        RuleErrors(Header).Should().Equal("rules.yaml:11:5: a goal is missing the required key 'criterion'");
    }

    [Fact]
    public void Parse_RuleSetWithoutGoals_ReportsMissingKeyAtRoot()
    {
        const string yaml =
            "id: t\n" +
            "title: T\n" +
            "validity: {from: 2023, to: 2025}\n" +
            "policy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: visitors, title: Visitors}\n";

        // No "declared but unused" warning: with the goals missing, every indicator would be flagged, which is noise.
        RuleErrors(yaml).Should().Equal("rules.yaml:1:1: the rule set is missing the required key 'goals'");
    }

    [Fact]
    public void Parse_ListWhereTextExpected_ReportsWrongTypeAtList()
    {
        RuleErrors(Header + "    criterion: sent\n    area: [a, b]\n").Should().Equal(
            "rules.yaml:15:11: the area of goal 'g1' should be text, not a list");
    }

    [Fact]
    public void Parse_MappingWhereTitleExpected_ReportsWrongTypeAtMapping()
    {
        RuleErrors(Header.Replace("    title: G1\n", "    title: {sv: G1}\n") + "    criterion: sent\n").Should().Equal(
            "rules.yaml:12:12: the title of goal 'g1' should be text, not a mapping (keys and values)");
    }

    [Fact]
    public void Parse_UnknownIndicatorInPlainScalar_ReportsIdentifierColumnWithSuggestion()
    {
        RuleErrors(Header + "    criterion: sent and visiters >= 100\n").Should().Equal($"rules.yaml:14:25: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorInDoubleQuotedScalar_ReportsIdentifierColumnAfterQuote()
    {
        RuleErrors(Header + "    criterion: \"sent and visiters >= 100\"\n").Should().Equal($"rules.yaml:14:26: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorInSingleQuotedScalar_ReportsIdentifierColumnAfterQuote()
    {
        RuleErrors(Header + "    criterion: 'visiters >= 100'\n").Should().Equal($"rules.yaml:14:17: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorInQuotedCriterionPart_ReportsIdentifierColumnInsideFlowMapping()
    {
        RuleErrors(Header + "    criterion:\n      - {label: A, expr: \"sent and visiters > 1\"}\n").Should().Equal(
            $"rules.yaml:15:36: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorInLiteralBlock_ReportsLineAndColumnInsideBlock()
    {
        RuleErrors(Header + "    criterion: |\n      sent and\n      visiters > 1\n").Should().Equal($"rules.yaml:16:7: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorOnContinuationLineOfPlainScalar_ReportsThatLine()
    {
        // A long criterion wrapped over two lines of a plain scalar: YAML folds the line break into a space,
        // so the offset inside the text no longer matches the column on the first line.
        RuleErrors(Header + "    criterion: sent and\n      visiters > 1\n").Should().Equal($"rules.yaml:15:7: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorOnContinuationLineOfDoubleQuotedScalar_ReportsThatLine()
    {
        RuleErrors(Header + "    criterion: \"sent and\n      visiters > 1\"\n").Should().Equal($"rules.yaml:15:7: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownIndicatorOnSecondLineOfFoldedBlock_ReportsThatLine()
    {
        RuleErrors(Header + "    criterion: >\n      sent and\n      visiters > 1\n").Should().Equal($"rules.yaml:16:7: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_CriterionWithUnknownIndicator_DoesNotWarnThatItsOtherIndicatorsAreUnused()
    {
        // 'sent' is used by the broken criterion; telling the author it is unused is false and distracting.
        const string yaml =
            "id: t\n" +
            "title: T\n" +
            "validity: {from: 2023, to: 2025}\n" +
            "policy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: visitors, title: Visitors}\n" +
            "  - {id: sent, title: Sent, type: yes-no}\n" +
            "goals:\n" +
            "  - {id: g1, title: G1, category: operational, criterion: visiters >= 100 and sent}\n";

        RuleErrors(yaml).Should().Equal($"rules.yaml:9:59: {UnknownVisiters}");
    }

    [Fact]
    public void Parse_UnknownFunction_ReportsFunctionNameWithSuggestion()
    {
        RuleErrors(Header + "    criterion: increasd(visitors) and sent\n").Should().Equal(
            "rules.yaml:14:16: 'increasd' is not a function of the rule language (did you mean 'increased'?); the functions are abs, at, baseline, decreased, gap, increased, latest, max, mean_period, mean_years, min, previous, previous_measurement, same_period_last_year, sum_period, sum_years, weighted_mean_period, weighted_mean_years");
    }

    [Fact]
    public void Parse_YesNoComparedWithNumber_ReportsTypeErrorAtNumber()
    {
        RuleErrors(Header + "    criterion: sent == 1 and visitors > 0\n").Should().Equal(
            "rules.yaml:14:24: '==' needs yes/no values, but this is a number");
    }

    [Fact]
    public void Parse_CriterionThatIsANumber_ReportsItMustBeACondition()
    {
        RuleErrors(Header + "    criterion: visitors + 1\n").Should().Equal(
            "rules.yaml:14:16: a criterion must be a condition that is true or false (e.g. x >= 2), but this is a number");
    }

    [Fact]
    public void Parse_DuplicateGoalIds_ReportsSecondIdWithFirstLine()
    {
        RuleErrors(Header + "    criterion: sent\n  - {id: g1, title: G1 again, category: operational, criterion: sent}\n").Should().Equal(
            "rules.yaml:15:10: the goal id 'g1' is used twice (first at line 11)");
    }

    [Fact]
    public void Parse_DuplicateIndicatorIds_ReportsSecondIdWithFirstLine()
    {
        const string yaml =
            "id: t\n" +
            "title: T\n" +
            "validity: {from: 2023, to: 2025}\n" +
            "policy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: visitors, title: Visitors}\n" +
            "  - {id: visitors, title: Visitors again}\n" +
            "goals:\n" +
            "  - {id: g1, title: G1, category: operational, criterion: visitors >= 100}\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:7:10: the indicator 'visitors' is declared twice (first at line 6)");
    }

    [Fact]
    public void Parse_DuplicateYamlKeyInGoal_ReportsSecondKey()
    {
        RuleErrors(Header + "    criterion: sent\n    title: G1 again\n").Should().Equal(
            "rules.yaml:15:5: this key appears twice in the same mapping; each key may appear once");
    }

    [Fact]
    public void Parse_DuplicateYamlKeyAtRoot_ReportsSecondKey()
    {
        RuleErrors("id: t\nid: u\n" + Header[6..] + "    criterion: sent\n").Should().Equal(
            "rules.yaml:2:1: this key appears twice in the same mapping; each key may appear once");
    }

    [Fact]
    public void Parse_PolicyAtLeastElevenOfTenGoals_ReportsItCanNeverBeMet()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Rules("nrf/2023-2025.yaml"))
            .Replace("operational: {atLeast: 7}", "operational: {atLeast: 11}", StringComparison.Ordinal);

        RuleErrors(yaml).Should().Equal(
            "rules.yaml:14:26: the policy asks for at least 11 of 10 operational goals, which can never be met");
    }

    [Fact]
    public void Load_ShippedNrfRules_HasTenOperationalGoalsAndNoWarnings()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));

        ruleSet.Goals.Count(g => g.Category == Model.GoalCategory.Operational).Should().Be(10);
        ruleSet.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ByYearOutsideValidity_ReportsYearKey()
    {
        RuleErrors(Header + "    criterion:\n      byYear:\n        2023: visitors >= 100\n        2027: visitors >= 300\n").Should().Equal(
            "rules.yaml:17:9: 2027 is outside the rule set's validity 2023–2025");
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllInFileOrder()
    {
        const string yaml =
            "id: t\n" +
            "title: T\n" +
            "validity: {from: 2023, to: 2025}\n" +
            "policy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: visitors, title: Visitors}\n" +
            "  - {id: sent, title: Sent, type: yes-no}\n" +
            "goals:\n" +
            "  - {id: g0, title: G0, category: financial, criterion: visitors >= 1 and sent}\n" +
            "  - id: g1\n" +
            "    titel: G1\n" +
            "    category: operational\n" +
            "    criterion: visiters >= 100\n" +
            "  - id: g2\n" +
            "    title: G2\n" +
            "    category: strategic\n" +
            "    criterion: sent and increasd(visitors)\n";

        RuleErrors(yaml).Should().Equal(
            "rules.yaml:10:5: a goal is missing the required key 'title'",
            "rules.yaml:11:5: unknown key 'titel' in a goal (did you mean 'title'?); allowed keys are achievedWhen, area, category, criterion, explanation, followedUpIn, group, id, note, target, title, unit",
            $"rules.yaml:13:16: {UnknownVisiters}",
            "rules.yaml:16:15: the category of goal 'g2' is 'strategic'; it must be operational or financial",
            "rules.yaml:17:25: 'increasd' is not a function of the rule language (did you mean 'increased'?); the functions are abs, at, baseline, decreased, gap, increased, latest, max, mean_period, mean_years, min, previous, previous_measurement, same_period_last_year, sum_period, sum_years, weighted_mean_period, weighted_mean_years");
    }

    [Fact]
    public void Parse_YamlAlias_IsRefusedAtAlias()
    {
        const string yaml =
            "id: t\n" +
            "title: &title T\n" +
            "validity: {from: 2023, to: 2025}\n" +
            "policy: {operational: all, financial: all}\n" +
            "indicators:\n" +
            "  - {id: visitors, title: *title}\n" +
            "goals:\n" +
            "  - {id: g1, title: G1, category: operational, criterion: visitors >= 100}\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:6:27: YAML aliases (*title) are not supported; write the value out");
    }

    [Fact]
    public void Parse_PolicyShareAsList_ReportsWrongTypeInsteadOfCrashing()
    {
        // Today this throws InvalidCastException from RuleSetLoader.ReadRequirement ((YamlScalarNode)share).
        var yaml = Header.Replace("policy: {operational: all, financial: all}", "policy: {operational: all, financial: {share: [1]}}", StringComparison.Ordinal)
            + "    criterion: sent\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:5:47: share for financial goals should be a share like 0.7 or 70 %, not a list");
    }

    [Fact]
    public void Parse_NumberTooLargeForDecimalInCriterion_ReportsNumberInsteadOfCrashing()
    {
        // Today this throws OverflowException from Lexer.ParseNumber (decimal.Parse).
        RuleErrors(Header + "    criterion: visitors > 99999999999999999999999999999999\n").Should().Equal(
            "rules.yaml:14:27: '99999999999999999999999999999999' is too large or too precise for a decimal number");
    }

    [Fact]
    public void Parse_BrokenFile_ThrowsOnlyNrfGoalsExceptionWithErrorSeverity()
    {
        var act = () => RuleSetLoader.Parse(Header + "    criterion: visiters\n", "rules.yaml");

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Severity.Should().Be(DiagnosticSeverity.Error);
    }
}
