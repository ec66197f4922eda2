namespace Nrf.Goals.Tables;

/// <summary>The columns of a values table (CSV or Excel), named by the header row in English or Swedish.</summary>
internal enum ValueColumn
{
    /// <summary>The indicator id (indikator).</summary>
    Indicator,

    /// <summary>The year (år).</summary>
    Year,

    /// <summary>The breakdown key, e.g. K or norrbotten (nedbrytning).</summary>
    Breakdown,

    /// <summary>The value (värde): a number, yes/no, or a manual assessment's status.</summary>
    Value,

    /// <summary>The date of an observation of a dated series (datum).</summary>
    Date,

    /// <summary>The comment of a manual assessment (kommentar).</summary>
    Comment,

    /// <summary>Who made a manual assessment (bedömd av).</summary>
    AssessedBy,

    /// <summary>What the value covers (avser): tertial, yearToDate, year or asOf, where the indicator declares a period.</summary>
    Covers,
}
