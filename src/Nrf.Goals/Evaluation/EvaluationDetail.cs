namespace Nrf.Goals.Evaluation;

/// <summary>How much an evaluation writes besides each goal's status.</summary>
public enum EvaluationDetail
{
    /// <summary>Everything: explanations, each part's detail and deciding comparison, and the values used. Reports need this.</summary>
    Full,

    /// <summary>
    /// Statuses, reasons, group roll-ups and the verdict only; explanations and part details are empty and no values
    /// used are listed. For batches that count or rank (every municipality over many years), where writing texts
    /// nobody reads would cost most of the time.
    /// </summary>
    StatusesOnly,
}
