namespace Nrf.Goals.Model;

/// <summary>The report a value or a target belongs to.</summary>
public enum ReportPeriod
{
    /// <summary>DÅ 04: the delårsrapport (interim report) closing the first tertial, end of April.</summary>
    Interim04,

    /// <summary>DÅ 08: the delårsrapport (interim report) closing the second tertial, end of August.</summary>
    Interim08,

    /// <summary>ÅR: the årsredovisning (annual report).</summary>
    Annual,
}
