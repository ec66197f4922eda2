using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Facts;

/// <summary>
/// What a report gives for one indicator, as a fact in an NRules session of <see cref="Runtime.NRulesRuleSet.Rules"/>:
/// a category decided by a recorded judgement matches its indicator's fact, and an application's own rules may match
/// any. A live change (see <see cref="Runtime.LiveEvaluation"/>) updates it with the goals that read it.
/// </summary>
public sealed class IndicatorFact
{
    internal IndicatorFact(EvaluationFact evaluation, string indicator, int slot)
    {
        Evaluation = evaluation;
        Indicator = indicator;
        Slot = slot;
    }

    /// <summary>The report this value belongs to.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The indicator's id.</summary>
    public string Indicator { get; }

    /// <summary>The indicator's slot in the report's values.</summary>
    internal int Slot { get; }

    /// <summary>The reported values (empty when the report gives none).</summary>
    public IndicatorData Data => Evaluation.Values[Slot];
}
