using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Issue 20: the policy's partly rules and its own words for its conclusions, as rule files write them.</summary>
public sealed class PolicyLoadingTests
{
    /// <summary>Lines 1–13: three operational goals, one financial, and an assessment indicator; the policy follows from line 14.</summary>
    private const string Head =
        "id: p\n" +
        "title: P\n" +
        "entity: demo\n" +
        "validity: {from: 2023, to: 2023}\n" +
        "indicators:\n" +
        "  - {id: x, title: X}\n" +
        "  - {id: forenlighet, title: Verksamhetens förenlighet med fullmäktiges mål, type: assessment}\n" +
        "goals:\n" +
        "  - {id: o1, title: O1, category: operational, criterion: x >= 1}\n" +
        "  - {id: o2, title: O2, category: operational, criterion: x >= 2}\n" +
        "  - {id: o3, title: O3, category: operational, criterion: x >= 3}\n" +
        "  - {id: f1, title: F1, category: financial, criterion: x >= 4}\n" +
        "policy:\n";

    [Fact]
    public void Parse_CountsWithPartlyBoundsVerdictRuleAndWords_ReadIntoThePolicy()
    {
        var ruleSet = RuleSetLoader.Parse(Head + """
              operational: {atLeast: 3, partlyFrom: 2}
              financial: {share: 100 %, partlyFrom: 50 %}
              verdict: {partly: every}
              words:
                operational: {met: förenlig, partlyMet: delvis förenlig, notMet: inte förenlig}
                verdict: {met: uppnås, partlyMet: uppnås delvis, notMet: uppnås inte}

            """);

        var policy = ruleSet.Policy;
        policy.Operational.Should().Be(new AtLeastRequired(3, 2));
        policy.Financial.Should().Be(new ShareRequired(1m, 0.5m));
        (policy.PartlyVerdict, policy.DescribeVerdict()).Should().Be((PartlyVerdictRule.Every, "partly every"));
        policy.OperationalWords.Should().Be(new ConclusionWords("förenlig", "delvis förenlig", "inte förenlig"));
        policy.FinancialWords.Should().BeNull();
        policy.VerdictWords.Should().Be(new ConclusionWords("uppnås", "uppnås delvis", "uppnås inte"));
        (policy.Operational.Describe(), policy.Financial.Describe()).Should().Be(("atLeast 3, partlyFrom 2", "share 100 %, partlyFrom 50 %"));
        ruleSet.Warnings.Should().ContainSingle().Which.Message.Should().Contain("'forenlighet'");
    }

    [Fact]
    public void Parse_JudgementWithPartly_APartlyMetJudgementMakesTheCategoryPartlyMet()
    {
        var ruleSet = RuleSetLoader.Parse(Head + """
              operational: {judgement: forenlighet, partly: true}
              financial: all
              verdict: {partly: some}
              words:
                operational: {partlyMet: delvis förenlig}

            """);

        ruleSet.Policy.Operational.Should().Be(new JudgementRequired("forenlighet", Partly: true));
        ruleSet.Policy.Operational.CanBePartlyMet.Should().BeTrue();
        ruleSet.Policy.PartlyVerdict.Should().Be(PartlyVerdictRule.Some);
        ruleSet.Policy.OperationalWords.Should().Be(new ConclusionWords(null, "delvis förenlig", null));
        ruleSet.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_NoPartlyRules_ThePolicyIsAsBefore()
    {
        var policy = RuleSetLoader.Parse(Head + "  operational: {judgement: forenlighet}\n  financial: all\n").Policy;

        policy.Should().Be(new VerdictPolicy(new JudgementRequired("forenlighet"), new AllRequired(), null));
        (policy.Operational.CanBePartlyMet, policy.PartlyVerdict, policy.DescribeVerdict()).Should().Be((false, PartlyVerdictRule.None, (string?)null));
    }

    [Fact]
    public void Parse_PartlyBoundsThatCannotHold_RefusedAtTheBound()
    {
        RuleErrors(Head + "  operational: {atLeast: 3, partlyFrom: 3}\n  financial: {share: 70 %, partlyFrom: 80 %}\n").Should().Equal(
            "rules.yaml:14:41: partlyFrom for operational goals is 3 but must be below atLeast (3): partly met needs fewer met goals than met",
            "rules.yaml:15:40: partlyFrom for financial goals must be above 0 and below the share (70 %): partly met needs fewer met goals than met");
        RuleErrors(Head + "  operational: {atLeast: 2, partlyFrom: 0}\n  financial: {share: 70 %, partlyFrom: tio}\n").Should().Equal(
            "rules.yaml:14:41: partlyFrom for operational goals must be at least 1; from 0 met goals the operational goals could never be not met",
            "rules.yaml:15:40: partlyFrom for financial goals should be a share like 0.7 or 70 %, not 'tio'");
    }

    [Fact]
    public void Parse_PartlyKeysOnTheWrongForm_SayWhichKeyBelongsWhere()
    {
        RuleErrors(Head + "  operational: {judgement: forenlighet, partlyFrom: 2}\n  financial: {atLeast: 1, partly: true}\n").Should().Equal(
            "rules.yaml:14:53: partlyFrom belongs to a count (atLeast or share); for a judgement of the operational goals write partly: true, so that a judgement recorded as partly met makes them partly met",
            "rules.yaml:15:35: partly: true belongs to a judgement; for a count of the financial goals write partlyFrom: N (at least N met makes them partly met)");
        RuleErrors(Head + "  operational: {judgement: forenlighet, partly: ja}\n  financial: all\n").Should().Equal(
            "rules.yaml:14:49: partly for the judgement of the operational goals should be true or false, not 'ja'");
    }

    [Fact]
    public void Parse_VerdictPartlyRuleThatCanNeverApply_Refused()
    {
        RuleErrors(Head + "  operational: {atLeast: 2}\n  financial: all\n  verdict: {partly: most}\n").Should().Equal(
            "rules.yaml:16:21: the verdict's partly rule is 'most'; write every (partly met when every deciding category is at least partly met) or some (partly met when some deciding category is)");
        RuleErrors(Head + "  operational: {atLeast: 2}\n  financial: all\n  verdict: {partly: every}\n").Should().Equal(
            "rules.yaml:16:21: the verdict can never be partly met with partly: every, since no category can be partly met; give a category a partly rule (partlyFrom: N, or partly: true for a judgement), or write partly: some");
        RuleErrors(Head + "  operational: {atLeast: 2}\n  financial: report-only\n  verdict: {partly: some}\n").Should().Equal(
            "rules.yaml:16:21: the verdict can never be partly met with one deciding category that cannot be partly met; give it a partly rule (partlyFrom: N, or partly: true for a judgement)");
        RuleErrors(Head + "  operational: report-only\n  financial: report-only\n  verdict: {partly: some, when: always}\n").Should().Equal(
            "rules.yaml:16:21: the verdict can never be partly met: both categories are report-only",
            "rules.yaml:16:27: unknown key 'when' in the policy's verdict; allowed keys are partly");
    }

    [Fact]
    public void Parse_WordsForOutcomesThePolicyCannotProduce_Refused()
    {
        RuleErrors(Head + """
              operational: {atLeast: 2}
              financial: report-only
              words:
                operational: {met: förenlig, partlyMet: delvis förenlig, partly: x}
                financial: {met: uppnås}
                verdict: {partlyMet: uppnås delvis}

            """).Should().Equal(
            "rules.yaml:17:45: a word for partly met operational goals, but the policy gives them no partly outcome; add partlyFrom: N (or partly: true for a judgement), or leave the word out",
            "rules.yaml:17:62: unknown key 'partly' in the words for the operational goals; allowed keys are met, notMet, partlyMet",
            "rules.yaml:18:16: the financial goals are report-only and decide nothing, so they have no conclusion to word",
            "rules.yaml:19:26: a word for a partly met verdict, but the policy defines none; add verdict: {partly: every} or {partly: some}, or leave the word out");
    }
}
