using Nrf.Goals.Model;

namespace Nrf.Goals.Words;

/// <summary>
/// Why a goal or part cannot be assessed, in the Swedish words results carry (<see cref="Results.GoalResult.Reason"/>,
/// JSON's <c>reason</c>): the one place each reason is worded, whichever step of evaluation finds it. Reports for
/// readers rename the indicator ids in them (<see cref="ReaderNames.InGeneratedText"/>).
/// </summary>
public static partial class Reasons
{
    /// <summary>A quotient whose denominator is zero.</summary>
    public const string DivisionByZero = "division med noll";

    /// <summary>Arithmetic that leaves decimal's range.</summary>
    public const string TooLarge = "talet blir för stort att räkna med";

    /// <summary>A scheduled target per report period, when the values give neither period nor cut-off date.</summary>
    public const string PeriodUnknown = "rapportperioden är okänd (ange period eller asOf)";

    /// <summary>A reference as rule files write it: <c>x</c> or <c>x[K]</c>.</summary>
    public static string ReferenceName(string indicator, string? key) => key is null ? indicator : $"{indicator}[{key}]";

    /// <summary><c>värde saknas för x[K] 2023</c>.</summary>
    public static string ValueMissing(string indicator, string? key, int year) => $"värde saknas för {ReferenceName(indicator, key)} {year}";

    /// <summary>
    /// <c>saknas i Kolada (x[K] 2023)</c>: a value the values document says is missing, with the reason it gives
    /// (<see cref="Values.MissingValue"/>), and which value.
    /// </summary>
    public static string ValueMissingBecause(string why, string indicator, string? key, int year) => $"{why} ({ReferenceName(indicator, key)} {year})";

    /// <summary>
    /// The reason a values document gave for a missing value, when <paramref name="reason"/> is
    /// <see cref="ValueMissingBecause"/>'s (<c>saknas i Kolada</c> of <c>saknas i Kolada (x 2023)</c>); null for any other
    /// reason. Reports name what is missing their own way, and say why with this.
    /// </summary>
    public static string? StatedWhy(string? reason) =>
        reason is not null && StatedReason().Match(reason) is { Success: true } m ? m.Groups[1].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(.+) \([a-z][a-z0-9_]*(?:\[[^\]]+\])? [0-9]{4}\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatedReason();

    /// <summary>
    /// <c>värde saknas för x 2021 och 2022</c>: the years of a window over years (<c>sum_years(x, 3)</c>) that the values
    /// do not give, each named.
    /// </summary>
    public static string ValueMissing(string indicator, string? key, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var named = years.Count switch
        {
            0 => throw new ArgumentException("Name at least one missing year.", nameof(years)),
            1 => $"{years[0]}",
            _ => $"{string.Join(", ", years.Take(years.Count - 1))} och {years[^1]}",
        };
        return $"värde saknas för {ReferenceName(indicator, key)} {named}";
    }

    /// <summary><c>2022 ligger före planperioden 2023–2025</c>: a window over the plan period in a report for an earlier year.</summary>
    public static string BeforePlanPeriod(int year, int from, int to) => $"{year} ligger före planperioden {from}–{to}";

    /// <summary><c>2027 ligger efter planperioden 2023–2025</c>: a window over the plan period in a report for a later year.</summary>
    public static string AfterPlanPeriod(int year, int from, int to) => $"{year} ligger efter planperioden {from}–{to}";

    /// <summary>
    /// <c>negativ vikt för nettoinvesteringar_mnkr 2022</c>: a weighted mean's weight below zero, which would make the
    /// mean lie outside every value it averages.
    /// </summary>
    public static string NegativeWeight(string indicator, string? key, int year) => $"negativ vikt för {ReferenceName(indicator, key)} {year}";

    /// <summary><c>ingen tidigare mätning av x före 2023</c>: <c>previous_measurement(x)</c> found no earlier year.</summary>
    public static string NoEarlierMeasurement(string indicator, string? key, int year) => $"ingen tidigare mätning av {ReferenceName(indicator, key)} före {year}";

    /// <summary><c>ingångsvärde saknas för x[K]</c>.</summary>
    public static string BaselineMissing(string indicator, string? key) => $"ingångsvärde saknas för {ReferenceName(indicator, key)}";

    /// <summary><c>inga observationer av x 2023 till och med 2023-08-31</c>.</summary>
    public static string NoObservations(string indicator, int year, DateOnly? asOf) =>
        $"inga observationer av {indicator} {year}{(asOf is { } d ? $" till och med {d:yyyy-MM-dd}" : string.Empty)}";

    /// <summary><c>ingen observation av x för 08/2022</c>: no observation a year before in the same month.</summary>
    public static string NoObservationIn(string indicator, int month, int year) => $"ingen observation av {indicator} för {month:00}/{year}";

    /// <summary><c>bedömning saknas för x</c>: a manual goal whose assessment the values do not record.</summary>
    public static string AssessmentMissing(string indicator) => $"bedömning saknas för {indicator}";

    /// <summary><c>uppgift saknas om aktiviteten x</c>.</summary>
    public static string ActivityMissing(string indicator) => $"uppgift saknas om aktiviteten {indicator}";

    /// <summary><c>följs inte upp i DÅ 08</c>.</summary>
    public static string NotFollowedUpIn(ReportPeriod period) => $"följs inte upp i {ReportPeriodNames.Display(period)}";

    /// <summary><c>inget mål för 2021</c>, or <c>inget mål för DÅ 04 2021</c> when targets vary by period.</summary>
    public static string NoTarget(ReportPeriod? period, int year) =>
        $"inget mål för {(period is { } p ? ReportPeriodNames.Display(p) + " " : string.Empty)}{year}";

    /// <summary>A result's explanation when a reason keeps it from being assessed: <c>Kan inte bedömas: värde saknas för x 2023.</c></summary>
    public static string CannotBeAssessed(string? reason) => $"Kan inte bedömas: {reason}.";
}
