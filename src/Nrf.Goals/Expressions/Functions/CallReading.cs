using Nrf.Goals.Model;
using Nrf.Goals.Words;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// What a report knows of one call when it reads it (<see cref="CriterionFunction.Read"/>): the language, what the call
/// is applied to in words, and what evaluation computed for it — its value, the values it read, the year or date read —
/// each already written as readers see it (Swedish numbers, the indicator's unit and decimals).
/// </summary>
public sealed class CallReading
{
    /// <summary>The language to read in.</summary>
    public required ReportLanguage Language { get; init; }

    /// <summary>
    /// What the call is applied to, read (<c>kvinnor</c>, <c>Antal besök på akutmottagning</c>); empty when the goal's
    /// title already names it (a goal on one indicator).
    /// </summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The arguments read as figures, for a function of numbers (<c>Norrbotten 3 410 kr minus riket 3 020 kr, skillnad 390 kr</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The call's value as readers see it (<c>14 procentenheter</c>, <c>54 900 kr</c>); null when not known.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// The values the call read, as readers see them, in the order it reads them: <c>increased(x)</c> the value now and
    /// the year before; <c>gap(x)</c> women's and men's; null where one is not known.
    /// </summary>
    public IReadOnlyList<string?> Inputs { get; init; } = [];

    /// <summary>The assessed year.</summary>
    public required int Year { get; init; }

    /// <summary>The year a time shift read (<c>previous</c>: the year before; <c>previous_measurement</c>: the one found), when known.</summary>
    public int? YearRead { get; init; }

    /// <summary>The date of the observation a series function chose (<c>latest</c>, <c>min</c>), when known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// For a call on a time shift (<c>gap(previous_measurement(x))</c>): when its argument was counted, as
    /// <see cref="CriterionFunction.Read"/> of that time shift says it (<c>vid föregående mätning (2021)</c>); empty otherwise.
    /// </summary>
    public string When { get; init; } = string.Empty;

    /// <summary>For a window over years (<c>sum_years(x, 3)</c>): the years it read (<see cref="CriterionFunction.Window"/>), when known.</summary>
    public YearSpan? Window { get; init; }

    /// <summary>The rule set's validity, its plan period, when known: a window over it says whether the period is over.</summary>
    public YearSpan? Validity { get; init; }

    /// <summary>What the indicator's numbers cover (a tertial, the year to date …), null for the year; see <see cref="In"/>.</summary>
    public ValuePeriod? Covers { get; init; }

    /// <summary>The report the numbers are read in, when known.</summary>
    public ReportPeriod? Report { get; init; }

    /// <summary>Whether a yes/no call held; null when not known.</summary>
    public bool? Holds { get; init; }

    /// <summary>
    /// Whether the assessed year's number is a forecast (prognos): a year's number in a delårsrapport
    /// (<see cref="Model.ReportPeriodDates.IsForecast"/>).
    /// </summary>
    public bool IsForecast => Report is { } r && ReportPeriodDates.IsForecast(Covers, r != ReportPeriod.Annual);

    /// <summary>True for Swedish.</summary>
    public bool IsSwedish => Language == ReportLanguage.Swedish;

    /// <summary><see cref="Subject"/> followed by a space, or nothing.</summary>
    public string Lead => Subject.Length == 0 ? string.Empty : Subject + " ";

    /// <summary>The value, or the word for a missing one (<c>saknas</c>).</summary>
    public string ValueOrMissing => Value ?? (IsSwedish ? "saknas" : "missing");

    /// <summary>
    /// When a number of the same kind as the indicator's was counted in <paramref name="year"/>: <c>år 2019</c>,
    /// <c>under T2 2019</c>, <c>den 31 augusti 2019</c>.
    /// </summary>
    public string In(int year) => ValuePeriodText.In(year, Covers, Report, Language);

    /// <summary>A date as readers write it: <c>30 juni 2020</c>.</summary>
    public string DateOf(DateOnly date) => DateText.Date(date, Language);

    /// <summary>The word that sets one value against another: <c>mot</c>.</summary>
    public string Against => OperatorReading.Against(Language);
}
