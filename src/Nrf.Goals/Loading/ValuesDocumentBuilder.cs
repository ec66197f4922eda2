using System.Collections.Immutable;
using System.Globalization;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// Builds a checked <see cref="ValuesDocument"/> from located statements, for any values source: the YAML and JSON
/// reader of this package, the CSV and Excel reader of Nrf.Goals.Tables, a reader of a web API such as Kolada. Every
/// check a values document gets is made here, once, with the same words for every source: the header against the rule
/// set and itself, declared indicators (with "did you mean"), the kind of each value against its indicator, breakdown
/// keys, counts that cannot be negative, one value per year, key or date, assessments and activities for the assessed
/// year, comments, and what each value covers against the indicator's declared period.
/// </summary>
/// <remarks>
/// A reader sets the header (<see cref="SetHeader"/>), states values (<c>Add…</c>) and what they cover
/// (<see cref="StateCovers"/>), then calls <see cref="Build"/>. Problems go to <see cref="Diagnostics"/>, which the reader
/// shares for its own problems (a number it cannot read), so that all of them are reported at once. A statement with a
/// problem is refused and reading goes on.
/// </remarks>
public sealed class ValuesDocumentBuilder
{
    private readonly IndicatorLookup _indicators;
    private readonly StatedCovers _covers;
    private readonly StatedValues _stated;
    private ValuesHeaderFacts? _header;
    private bool _built;

    /// <summary>A builder for values checked against <paramref name="ruleSet"/> (or only against themselves without one).</summary>
    /// <param name="ruleSet">The rule set the values are for; null checks the values without it.</param>
    /// <param name="form">How the source writes values, for the words of a few messages.</param>
    /// <param name="diagnostics">Where problems go, shared with the reader; a new bag when null.</param>
    public ValuesDocumentBuilder(RuleSet? ruleSet, ValuesSourceForm form = ValuesSourceForm.Document, DiagnosticBag? diagnostics = null)
    {
        RuleSet = ruleSet;
        Form = form;
        Diagnostics = diagnostics ?? new DiagnosticBag();
        _indicators = new IndicatorLookup(ruleSet, Diagnostics);
        _stated = new StatedValues(form, Diagnostics);
        _covers = new StatedCovers(ruleSet, Diagnostics);
    }

    /// <summary>The rule set the values are checked against, if any.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>How the source writes values.</summary>
    public ValuesSourceForm Form { get; }

    /// <summary>Every problem found so far, the reader's own included.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The kind of value <paramref name="indicator"/>'s declaration expects.</summary>
    public static ValueKind KindOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator switch
        {
            { Type: IndicatorValueType.Assessment } => ValueKind.Assessment,
            { Type: IndicatorValueType.Activity } => ValueKind.Activity,
            { Shape: IndicatorShape.Dated } => ValueKind.Observation,
            { Shape: IndicatorShape.YearlyByKey } => ValueKind.Keyed,
            { Type: IndicatorValueType.YesNo } => ValueKind.YesNo,
            _ => ValueKind.Number,
        };
    }

    /// <summary>
    /// Sets the header, once, and checks it: the entity and the year against the rule set's, the cut-off date in the
    /// year, the period against the kind of report. Values without a year are for its year.
    /// </summary>
    /// <exception cref="InvalidOperationException">The header was set already.</exception>
    public void SetHeader(ValuesHeaderFacts header)
    {
        ArgumentNullException.ThrowIfNull(header);
        ThrowIfBuilt();
        if (_header is not null)
        {
            throw new InvalidOperationException("The header of a values document is set once.");
        }

        _header = header;
        ValueChecks.Header(header, RuleSet, Diagnostics);
    }

    /// <summary>
    /// Looks up the indicator a statement names. False when the rule set does not declare it: its values are ignored,
    /// with a warning (with "did you mean") the first time. True otherwise, with the declaration (null without a rule
    /// set); the first time a declared indicator that no goal uses is named, a warning says its values are not used.
    /// </summary>
    public bool TryIndicator(string id, SourceLocation at, out Indicator? indicator)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _indicators.TryFind(id, at, out indicator);
    }

    /// <summary>
    /// Checks the statement's breakdown key against its indicator's dimension; false after reporting a key the dimension
    /// does not have. <c>Add…</c> checks it too; a reader calls it itself for a statement it refuses for another reason.
    /// </summary>
    public bool CheckKey(ValueStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Key is not { } key || RuleSet?.FindIndicator(statement.Indicator)?.Dimension is not { } dimension || dimension.HasKey(key))
        {
            return true;
        }

        // A table names the indicator alone, as its row shows the year in another column; a document names the year the key is under.
        var what = Form == ValuesSourceForm.Table || statement.Year is not { } year ? $"'{statement.Indicator}'" : $"'{statement.Indicator}' for {year}";
        Diagnostics.Error(statement.KeyAt ?? statement.At, ValueChecks.NotAKey(key, dimension, what) + Place(statement.KeyPlace));
        return false;
    }

    /// <summary>
    /// States what the values of <paramref name="indicator"/> cover (<c>covers: {remote_visits: tertial}</c>, a table's
    /// covers column), checked against the indicator's declared period when the document is built. False after reporting
    /// an indicator the rule set does not declare, or a second statement that says another period.
    /// </summary>
    /// <param name="indicator">The indicator id.</param>
    /// <param name="period">What its values cover.</param>
    /// <param name="at">Where the statement was written.</param>
    /// <param name="place">Words naming where, e.g. <c>column avser</c>; messages add them in parentheses.</param>
    public bool StateCovers(string indicator, ValuePeriod period, SourceLocation at, string? place = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ThrowIfBuilt();
        return _covers.State(indicator, period, at, place);
    }

    /// <summary>States a number: for a year (<see cref="ValueKind.Number"/>), a year and key (<see cref="ValueKind.Keyed"/>) or a date (<see cref="ValueKind.Observation"/>).</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="value">The number.</param>
    /// <param name="written">The number as the source wrote it, for messages; the invariant form when null.</param>
    /// <returns>True when accepted; false after reporting why not (or, for an undeclared indicator, warning).</returns>
    /// <exception cref="ArgumentException">The statement is of another kind, or its key or date does not match its kind.</exception>
    public bool AddNumber(ValueStatement statement, decimal value, string? written = null)
    {
        if (!Accept(statement, ValueKind.Number, ValueKind.Keyed, ValueKind.Observation) || !CheckNumber(statement, value, written) || !ValueChecks.Comment(statement, statement.Comment, Diagnostics))
        {
            return false;
        }

        _stated.Add(statement, number: value);
        return true;
    }

    /// <summary>
    /// Checks a number against the statement's indicator: a count (unit <c>antal</c>) cannot be negative. False after
    /// reporting. <see cref="AddNumber"/> checks it too; a reader calls it itself for a statement it refuses for another reason.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="value">The number.</param>
    /// <param name="written">The number as the source wrote it, for messages; the invariant form when null.</param>
    public bool CheckNumber(ValueStatement statement, decimal value, string? written = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (value >= 0 || RuleSet?.FindIndicator(statement.Indicator)?.Unit != "antal")
        {
            return true;
        }

        // "-5 meetings" is an export or typing error that a ratio criterion would judge silently.
        Diagnostics.Error(statement.ValueAt ?? statement.At, $"{statement.Describe()}{Place(statement.ValuePlace)} is a count (antal) and cannot be negative, but it is {written ?? value.ToString(CultureInfo.InvariantCulture)}");
        return false;
    }

    /// <summary>
    /// States that a value is missing, and why (<c>2023: {missing: saknas i Kolada}</c>): a number for a year
    /// (<see cref="ValueKind.Number"/>), a year and key (<see cref="ValueKind.Keyed"/>) or yes/no for a year
    /// (<see cref="ValueKind.YesNo"/>). A goal that reads it is not evaluable with <paramref name="reason"/>, and the
    /// indicator's default does not stand in for it; a value stated for the same year and key as well is refused.
    /// </summary>
    /// <param name="statement">The statement; its <see cref="ValueStatement.ValueAt"/> is where the reason is written.</param>
    /// <param name="reason">Why the value is missing, one line of at most <see cref="InputLimits.MaxReasonCharacters"/> characters, e.g. <c>saknas i Kolada</c>.</param>
    /// <returns>True when accepted; false after reporting why not (or, for an undeclared indicator, warning).</returns>
    /// <exception cref="ArgumentException">The statement is of another kind, or its key does not match its kind.</exception>
    public bool AddMissing(ValueStatement statement, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (!Accept(statement, ValueKind.Number, ValueKind.Keyed, ValueKind.YesNo) || !ValueChecks.Reason(statement, reason, Diagnostics))
        {
            return false;
        }

        _stated.AddMissing(statement, reason.Trim());
        return true;
    }

    /// <summary>States yes or no for a year (<see cref="ValueKind.YesNo"/>).</summary>
    /// <returns>True when accepted; false after reporting why not.</returns>
    /// <exception cref="ArgumentException">The statement is of another kind.</exception>
    public bool AddYesNo(ValueStatement statement, bool value)
    {
        if (!Accept(statement, ValueKind.YesNo) || !ValueChecks.Comment(statement, statement.Comment, Diagnostics))
        {
            return false;
        }

        _stated.Add(statement, flag: value);
        return true;
    }

    /// <summary>States a manual assessment (<see cref="ValueKind.Assessment"/>); one for another year than the assessed one is ignored with a warning.</summary>
    /// <returns>True when accepted; false after reporting why not.</returns>
    /// <exception cref="ArgumentException">The statement is of another kind.</exception>
    public bool AddAssessment(ValueStatement statement, ManualAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!Accept(statement, ValueKind.Assessment) || !ValueChecks.Comment(statement, assessment.Comment, Diagnostics))
        {
            return false;
        }

        _stated.Add(statement, assessment: assessment);
        return true;
    }

    /// <summary>States an activity's state (<see cref="ValueKind.Activity"/>); one for another year than the assessed one is ignored with a warning.</summary>
    /// <returns>True when accepted; false after reporting why not.</returns>
    /// <exception cref="ArgumentException">The statement is of another kind.</exception>
    public bool AddActivity(ValueStatement statement, ActivityReport activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Accept(statement, ValueKind.Activity) || !ValueChecks.Comment(statement, activity.Comment, Diagnostics))
        {
            return false;
        }

        _stated.Add(statement, activity: activity);
        return true;
    }

    /// <summary>
    /// Builds the document: collects the statements (refusing a second value for one year, key or date), checks what the
    /// values cover against each indicator's declared period, and throws if any problem, the reader's included, is an error.
    /// </summary>
    /// <returns>The document; <see cref="ValuesDocument.Warnings"/> holds every warning.</returns>
    /// <exception cref="NrfGoalsException">An error was found; every problem is listed.</exception>
    /// <exception cref="InvalidOperationException">The header was not set, or lacks the entity, year or report and no error says why; or the builder was built already.</exception>
    public ValuesDocument Build()
    {
        var document = Assemble();
        Diagnostics.ThrowIfErrors();
        if (document is null)
        {
            throw new InvalidOperationException("The header gives no entity, year or report, and no error says why; a values source that cannot give them must report it.");
        }

        return document with { Warnings = Diagnostics.Items.ToImmutableArray() };
    }

    /// <summary>The document, or null when the header lacks a fact (an error then says why); problems stay in <see cref="Diagnostics"/>.</summary>
    internal ValuesDocument? Assemble()
    {
        var header = _header ?? throw new InvalidOperationException("Set the header (SetHeader) before building the values document.");
        var (values, locations) = Collect(header.Year);
        if (header is not { Entity: { } entity, Year: { } year, Report: { } report })
        {
            return null;
        }

        var document = new ValuesDocument(entity, year, report, header.AsOf, header.Period, values)
        {
            Locations = locations,
            Covers = _covers.Periods,
            CoversLocations = _covers.Locations,
        };
        ValuePeriodCheck.Check(document, RuleSet, Form == ValuesSourceForm.Table ? ValuePeriodCheck.InTable : ValuePeriodCheck.InDocument, Diagnostics);
        return document;
    }

    /// <summary>The values alone, those without a year being <paramref name="year"/>'s: a rule test's <c>set:</c> has no header.</summary>
    internal (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, SourceLocation> Locations) AssembleValues(int year) => Collect(year);

    /// <summary>Makes the statement's indicator (and a keyed statement's year) present with no value yet, as a document's <c>x: {}</c> does.</summary>
    internal void Declare(ValueStatement statement) => _stated.Declare(statement);

    /// <summary>False after reporting that <paramref name="id"/>, named in a statement of what values cover, is no indicator of the rule set.</summary>
    internal bool CheckCoversIndicator(string id, SourceLocation at) => _covers.CheckIndicator(id, at);

    private static string Place(string? place) => place is null ? string.Empty : $" ({place})";

    private (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, SourceLocation> Locations) Collect(int? year)
    {
        ThrowIfBuilt();
        _built = true;
        return _stated.Collect(year);
    }

    /// <summary>The checks every statement gets: a well-formed statement of an accepted kind, a declared indicator, the kind the indicator expects, a known key.</summary>
    private bool Accept(ValueStatement statement, params ValueKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ThrowIfBuilt();
        StatementShape.ThrowIfMalformed(statement, kinds);
        if (!TryIndicator(statement.Indicator, statement.IndicatorAt ?? statement.At, out var indicator))
        {
            return false;
        }

        if (indicator is not null && KindOf(indicator) != statement.Kind)
        {
            Diagnostics.Error(statement.ValueAt ?? statement.At, StatementShape.Misfit(statement, indicator, RuleSet!) + Place(statement.ValuePlace));
            return false;
        }

        return CheckKey(statement);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The values document was built already; use a new builder for another.");
        }
    }
}
