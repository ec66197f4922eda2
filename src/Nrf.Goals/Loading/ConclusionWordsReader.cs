using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads <c>policy.words:</c>, the plan's own Swedish words for its conclusions:
/// <c>{operational: {met: förenlig, partlyMet: delvis förenlig, notMet: inte förenlig}, verdict: {met: uppnås, …}}</c>.
/// A word for an outcome the policy cannot produce (partly met without a partly rule, any word for a report-only
/// category) is refused, since it would never be shown.
/// </summary>
internal sealed class ConclusionWordsReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    /// <summary>The policy with the words of <paramref name="node"/>; a problem is reported to the loader's diagnostics, which then refuse the file.</summary>
    public VerdictPolicy Read(YamlNode node, VerdictPolicy policy)
    {
        if (_r.Mapping(node, "the policy's words") is not { } map)
        {
            return policy;
        }

        var operational = map.Optional("operational");
        var financial = map.Optional("financial");
        var verdict = map.Optional("verdict");
        map.RejectUnknownKeys("operational", "financial", "verdict");
        return policy with
        {
            OperationalWords = Of(operational, "operational goals", policy.Operational),
            FinancialWords = Of(financial, "financial goals", policy.Financial),
            VerdictWords = verdict is null ? null : Words(verdict, "verdict", policy.PartlyVerdict != PartlyVerdictRule.None),
        };
    }

    private ConclusionWords? Of(YamlNode? words, string what, CategoryRequirement requirement)
    {
        if (words is null)
        {
            return null;
        }

        if (requirement is ReportOnly)
        {
            _r.Error(words, $"the {what} are report-only and decide nothing, so they have no conclusion to word");
            return null;
        }

        return Words(words, what, requirement.CanBePartlyMet);
    }

    private ConclusionWords? Words(YamlNode node, string what, bool partly)
    {
        if (_r.Mapping(node, $"the words for the {what}") is not { } map)
        {
            return null;
        }

        var met = Word(map.Optional("met"), what, "met");
        var partlyNode = map.Optional("partlyMet");
        var partlyMet = Word(partlyNode, what, "partly met");
        var notMet = Word(map.Optional("notMet"), what, "not met");
        map.RejectUnknownKeys("met", "partlyMet", "notMet");
        if (partlyNode is not null && !partly)
        {
            _r.Error(partlyNode, what == "verdict"
                ? "a word for a partly met verdict, but the policy defines none; add verdict: {partly: every} or {partly: some}, or leave the word out"
                : $"a word for partly met {what}, but the policy gives them no partly outcome; add partlyFrom: N (or partly: true for a judgement), or leave the word out");
            return null;
        }

        return met is null && partlyMet is null && notMet is null ? null : new ConclusionWords(met, partlyMet, notMet);
    }

    private string? Word(YamlNode? node, string what, string outcome) =>
        node is null ? null : _r.Text(node, $"the word for {outcome} of the {what}");
}
