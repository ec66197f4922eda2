using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Facts;

/// <summary>
/// What a report gives for one indicator, as a fact in an NRules session. A goal's rule joins the facts of the indicators
/// its criterion reads; when a value changes (see <see cref="Runtime.LiveEvaluation"/>), only those rules match again.
/// </summary>
public sealed class IndicatorFact
{
    internal IndicatorFact(EvaluationFact evaluation, string indicator, int bucket, IndicatorData data)
    {
        Evaluation = evaluation;
        Indicator = indicator;
        Bucket = bucket;
        Data = data;
    }

    /// <summary>The report this value belongs to.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The indicator's id.</summary>
    public string Indicator { get; }

    /// <summary>The indicator's bucket in its rule set (see <c>IndicatorBuckets</c>): the first alpha condition its rules test.</summary>
    internal int Bucket { get; }

    /// <summary>The reported values (empty when the report gives none).</summary>
    public IndicatorData Data { get; internal set; }
}
