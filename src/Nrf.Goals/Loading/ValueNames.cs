using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// The names users write in values, in English and Swedish, read the same way by every values reader: report periods
/// (<c>DÅ 04</c>, <c>DÅ 08</c>, <c>ÅR</c>), what a value covers (<c>tertial</c>, <c>yearToDate</c> / <c>ackumulerat</c>, …),
/// activity states (<c>done</c> / <c>genomförd</c>, …) and the status of a manual assessment (<c>met</c> / <c>uppfyllt</c>, …).
/// </summary>
public static class ValueNames
{
    /// <summary>The report period names as the plans and a table cell write them, for messages that refuse another: <c>DÅ 04, DÅ 08 or ÅR</c>.</summary>
    public const string ReportPeriodsAsWritten = ReportPeriodNames.ExpectedAsWritten;

    /// <summary>The names of what a value covers, for messages that refuse another.</summary>
    public const string ValuePeriods = ValuePeriodNames.Expected;

    /// <summary>Reads a report period: <c>DÅ04</c>, <c>DÅ 08</c>, <c>ÅR</c> (also ASCII <c>DA04</c>, <c>AR</c>), without regard to case or spaces.</summary>
    public static bool TryReportPeriod(string text, out ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReportPeriodNames.TryParse(text, out period);
    }

    /// <summary>
    /// Reads what a value covers: <c>tertial</c>, <c>yearToDate</c>, <c>year</c>, <c>asOf</c> (in Swedish <c>tertial</c>,
    /// <c>ackumulerat</c>, <c>helår</c>, <c>nuläge</c>), without regard to case.
    /// </summary>
    public static bool TryValuePeriod(string text, out ValuePeriod period)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ValuePeriodNames.TryParse(text, out period);
    }

    /// <summary>
    /// Reads an activity's state: <c>done</c>, <c>in-progress</c>, <c>not-started</c> or in Swedish <c>genomförd</c>,
    /// <c>pågår</c>, <c>ej påbörjad</c> (also <c>inte påbörjad</c>), without regard to case; false with the
    /// <paramref name="problem"/> ("the status of the activity {what} is '…'; it must be …") when it is none.
    /// </summary>
    /// <param name="text">The text written.</param>
    /// <param name="what">The activity as the message names it, e.g. <c>'metodbank_klar'</c>.</param>
    /// <param name="state">The state read.</param>
    /// <param name="problem">What is wrong, when the text is no state.</param>
    public static bool TryActivityState(string text, string what, out ActivityState state, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(what);
        problem = ActivityStateNames.TryParse(text, out state)
            ? null
            : $"the status of the activity {what} is '{text}'; it must be {ActivityStateNames.Expected}";
        return problem is null;
    }

    /// <summary>
    /// Reads the status of a manual assessment: <c>met</c>, <c>partly-met</c>, <c>not-met</c>, or in Swedish
    /// <c>uppfyllt</c>, <c>delvis uppfyllt</c>, <c>ej uppfyllt</c> (also <c>inte uppfyllt</c>); false with the
    /// <paramref name="problem"/> ("the status of {what} is '…'; it must be …") when it is none.
    /// </summary>
    /// <param name="text">The text written.</param>
    /// <param name="what">The assessment as the message names it, e.g. <c>'metodbank'</c>.</param>
    /// <param name="status">The status read.</param>
    /// <param name="problem">What is wrong, when the text is no status.</param>
    public static bool TryAssessmentStatus(string text, string what, out GoalStatus status, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(what);
        problem = null;
        var t = text.Trim();
        var swedish = t.ToLowerInvariant() switch
        {
            "uppfyllt" => GoalStatus.Met,
            "delvis uppfyllt" => GoalStatus.PartlyMet,
            "ej uppfyllt" or "inte uppfyllt" => GoalStatus.NotMet,
            _ => (GoalStatus?)null,
        };
        if (swedish is { } s)
        {
            status = s;
            return true;
        }

        if (GoalStatusNames.TryParse(t, out status) && status is not (GoalStatus.Monitored or GoalStatus.NotEvaluable))
        {
            return true;
        }

        problem = $"the status of {what} is '{t}'; it must be met, partly-met or not-met (uppfyllt, delvis uppfyllt, ej uppfyllt)";
        return false;
    }
}
