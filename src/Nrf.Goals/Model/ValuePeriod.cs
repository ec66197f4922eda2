namespace Nrf.Goals.Model;

/// <summary>
/// What one reported value of an indicator covers — the kind of period a number is counted over, declared on the
/// indicator (<c>period:</c>) so that a value is compared like with like: a count for one tertial with a one-tertial
/// baseline, a year's count with a year's target. In files: <c>tertial</c>, <c>yearToDate</c>, <c>year</c>, <c>asOf</c> (Swedish <c>tertial</c>, <c>ackumulerat</c>, <c>helår</c>, <c>nuläge</c>), in any case.
/// </summary>
public enum ValuePeriod
{
    /// <summary>The tertial the report closes: T1 (January–April) in DÅ 04, T2 (May–August) in DÅ 08, T3 (September–December) in ÅR.</summary>
    Tertial,

    /// <summary>From 1 January to the report's cut-off: January–April, January–August, the whole year in ÅR.</summary>
    YearToDate,

    /// <summary>The whole year: the outcome in ÅR, the forecast (prognos) for the year in an interim report.</summary>
    Year,

    /// <summary>A state on the report's cut-off date (30 April, 31 August, 31 December), e.g. a waiting list ("nuläget").</summary>
    AsOf,
}
