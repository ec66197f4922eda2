using System.Collections.Immutable;
using Nrf.Goals.Model;

namespace Nrf.Goals.Kolada;

/// <summary>Which Kolada KPI gives an indicator of the rule set its values.</summary>
/// <param name="IndicatorId">The indicator's id in the rule file, e.g. <c>result_share_pct</c>.</param>
/// <param name="KpiId">The Kolada KPI, e.g. <c>N03102</c>.</param>
/// <param name="BySex">Whether the indicator is broken down <c>by: sex</c>: then Kolada's K, M and T become its keys K, M
/// and T; otherwise it takes Kolada's total (T) as its one value a year.</param>
public sealed record KoladaIndicator(string IndicatorId, string KpiId, bool BySex)
{
    /// <summary>
    /// The indicators of <paramref name="ruleSet"/> that name a Kolada KPI (<c>kolada: N03102</c>), in the rule file's
    /// order: by sex where the indicator is broken down <c>by: sex</c>, Kolada's total otherwise.
    /// </summary>
    public static ImmutableArray<KoladaIndicator> Of(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. ruleSet.Indicators
            .Where(i => i.KoladaKpi is not null)
            .Select(i => new KoladaIndicator(i.Id, i.KoladaKpi!, i.Shape == IndicatorShape.YearlyByKey && i.Dimension == Dimension.Sex))];
    }
}
