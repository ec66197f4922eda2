using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Rules.Facts;

/// <summary>The god-ekonomisk-hushållning verdict of a report, yielded by the verdict rule from the two category outcomes.</summary>
public sealed class VerdictOutcome
{
    internal VerdictOutcome(EvaluationFact evaluation, Verdict verdict)
    {
        Evaluation = evaluation;
        Verdict = verdict;
    }

    /// <summary>The report judged.</summary>
    public EvaluationFact Evaluation { get; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }
}
