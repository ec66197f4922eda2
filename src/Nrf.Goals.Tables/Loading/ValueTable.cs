using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Loading;

/// <summary>
/// Turns the rows of a values table (CSV or Excel) into a values document, with the checks a YAML values document gets:
/// declared indicators, shapes, breakdown keys, yes/no versus numbers, finite numbers, one value per cell of the model.
/// Entity, year and report come from <see cref="ValuesHeaderOverrides"/>, the table's own header rows (see
/// <see cref="TableHeaderRows"/>) or defaults: the rule set's entity, the latest year in the table, an annual report —
/// which, when nothing says which report the table is, is assumed with a warning and marked on the document.
/// </summary>
internal sealed class ValueTable
{
    private readonly string _file;
    private readonly RuleSet? _ruleSet;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ValuePeriod Period, ValueCell Cell)> _covers = new(StringComparer.Ordinal);
    private readonly TableHeaderRows _headerRows;
    private int? _latestYear;
    private int? _latestDateYear;

    private ValueTable(string file, RuleSet? ruleSet, DiagnosticBag bag)
    {
        _file = file;
        _ruleSet = ruleSet;
        _bag = bag;
        _headerRows = new TableHeaderRows(bag);
    }

    private enum Kind
    {
        Number,
        Flag,
        Keyed,
        Series,
        Assessment,
        Activity,
    }

    /// <summary>Reads <paramref name="rows"/> into a document; problems go to <paramref name="bag"/> (null document when the header is unusable).</summary>
    public static ValuesDocument? Read(string file, IReadOnlyList<ValueRow> rows, RuleSet? ruleSet, ValuesHeaderOverrides? overrides, DiagnosticBag bag) =>
        new ValueTable(file, ruleSet, bag).Build(rows, overrides);

    private ValuesDocument? Build(IReadOnlyList<ValueRow> rows, ValuesHeaderOverrides? overrides)
    {
        var parsed = rows.Select(Classify).OfType<Parsed>().ToList();
        var fileAt = new SourceLocation(_file, 1, 1);
        // Series dates decide only when no row gives a year: one January observation must not move the assessed year on.
        var latest = _latestYear ?? _latestDateYear;
        var entity = overrides?.Entity ?? _ruleSet?.Entity;
        var year = overrides?.Year ?? latest;
        var given = new ValuesHeaderFacts(
            entity, fileAt, year, fileAt, null, _headerRows.Period, _headerRows.PeriodAt(fileAt), _headerRows.AsOf, _headerRows.AsOfAt(fileAt)).With(overrides);
        var header = given with { Report = given.Report ?? DefaultReport(given.Period, given.AsOf) };
        var assumed = given is { Report: null, Period: null, AsOf: null };
        if (entity is null)
        {
            _bag.Error(fileAt, "a CSV or Excel file does not say whose values these are and the rule set names no entity; give the entity (--entity)");
        }

        if (year is null)
        {
            _bag.Error(fileAt, "the file gives no year: fill the year column (or the date column of dated series) or give the year (--year)");
        }

        ValueChecks.Header(header, _ruleSet, _bag);
        foreach (var row in parsed)
        {
            Add(row, row.Year ?? year ?? 0, year);
        }

        if (entity is null || year is null)
        {
            return null;
        }

        var values = _entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value.ToData(), StringComparer.Ordinal);
        var locations = _entries.ToImmutableDictionary(e => e.Key, e => e.Value.At, StringComparer.Ordinal);
        var document = new ValuesDocument(entity, year.Value, header.Report!.Value, header.AsOf, header.Period, values)
        {
            Locations = locations,
            Covers = _covers.ToImmutableSortedDictionary(c => c.Key, c => c.Value.Period, StringComparer.Ordinal),
            CoversLocations = _covers.ToImmutableDictionary(c => c.Key, c => c.Value.Cell.At, StringComparer.Ordinal),
            ReportAssumed = assumed,
        };
        ValuePeriodCheck.Check(document, _ruleSet, ValuePeriodCheck.InTable, _bag);
        if (assumed && !_bag.HasErrors)
        {
            // Said only of a table that loads: beside its errors the guess would be noise.
            _bag.Warning(fileAt, $"no report period given; read as the annual report (ÅR) {year} — {TableHeaderRows.HowToGiveThePeriod(_file)}", DiagnosticCodes.ReportAssumed);
        }

        return document;
    }

    /// <summary>
    /// The report a table is for when none is given: a delårsrapport (interim) when the period is DÅ 04 or DÅ 08 or the
    /// cut-off date is before 31 December, as a YAML document's asOf says it; otherwise an årsredovisning (annual).
    /// </summary>
    private static ReportKind DefaultReport(ReportPeriod? period, DateOnly? asOf) => (period, asOf) switch
    {
        (ReportPeriod.Interim04 or ReportPeriod.Interim08, _) => ReportKind.Interim,
        (null, { } cutOff) when cutOff.Month != 12 || cutOff.Day != 31 => ReportKind.Interim,
        _ => ReportKind.Annual,
    };

    /// <summary>Reads one row's cells and decides what it is; reports what is wrong with it.</summary>
    private Parsed? Classify(ValueRow row)
    {
        var id = row.Indicator.Text.Trim();
        var cells = new[] { row.Indicator, row.Year, row.Breakdown, row.Value, row.Date, row.Comment, row.AssessedBy, row.Covers };
        if (cells.All(c => c is null || c.IsEmpty))
        {
            return null;
        }

        if (id.Length == 0)
        {
            _bag.Error(row.Indicator.At, $"the indicator is missing ({row.Indicator.Where}); every row names the indicator its value is for");
            return null;
        }

        if (_headerRows.TryRead(row, id, _ruleSet))
        {
            return null;
        }

        var indicator = _ruleSet?.FindIndicator(id);
        if (_ruleSet is not null && indicator is null)
        {
            if (_warned.Add(id))
            {
                _bag.Warning(row.Indicator.At, ValueChecks.Undeclared(id, _ruleSet), DiagnosticCodes.UnknownIndicator);
            }

            return null;
        }

        var what = $"'{id}'";
        var ok = true;
        int? year = null;
        if (row.Year is { IsEmpty: false } yearCell)
        {
            year = ReadYear(yearCell, what);
            ok &= year is not null;
            NoteYear(year);
        }

        DateOnly? date = null;
        if (row.Date is { IsEmpty: false } dateCell)
        {
            date = ReadDate(dateCell, what);
            ok &= date is not null;
            NoteDateYear(date?.Year);
        }

        var key = row.Breakdown is { IsEmpty: false } keyCell ? keyCell.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? keyCell.Text.Trim() : null;
        var value = row.Value;
        var kind = indicator switch
        {
            { Type: IndicatorValueType.Assessment } => Kind.Assessment,
            { Type: IndicatorValueType.Activity } => Kind.Activity,
            { Shape: IndicatorShape.Dated } => Kind.Series,
            { Shape: IndicatorShape.YearlyByKey } => Kind.Keyed,
            { Type: IndicatorValueType.YesNo } => Kind.Flag,
            not null => Kind.Number,
            null when date is not null => Kind.Series,
            null when key is not null => Kind.Keyed,
            null when value is { Flag: not null } || (value is { Number: null } && ScalarText.TryYesNo(value.Text, out _)) => Kind.Flag,
            null when value is { Number: null } && ValueChecks.TryStatus(value.Text, what, out _, out _) => Kind.Assessment,
            null => Kind.Number,
        };

        ok &= CheckShape(row, kind, indicator, key, date, year, what);
        ok &= row.Covers is not { IsEmpty: false } coversCell || NoteCovers(id, coversCell, what);
        if (kind == Kind.Keyed && key is not null && indicator?.Dimension is { } dimension && !dimension.HasKey(key))
        {
            _bag.Error(row.Breakdown!.At, $"{ValueChecks.NotAKey(key, dimension, what)} ({row.Breakdown.Where})");
            ok = false;
        }

        if (value is null || value.IsEmpty)
        {
            var at = value?.At ?? row.Indicator.At;
            _bag.Error(at, $"{Describe(what, kind, year, key, date)} has no value ({value?.Where ?? "no value column"}); write the value or delete the row");
            return null;
        }

        var parsed = new Parsed(row, id, kind, year, key, date);
        switch (kind)
        {
            case Kind.Assessment:
                if (!ValueChecks.TryStatus(Shown(value.Text), what, out var status, out var problem))
                {
                    _bag.Error(value.At, $"{problem} ({value.Where})");
                    return null;
                }

                var comment = row.Comment is { IsEmpty: false } c ? c.Text.Trim() : null;
                var by = row.AssessedBy is { IsEmpty: false } b ? b.Text.Trim() : null;
                return ok ? parsed with { Assessment = new ManualAssessment(status, comment, by) } : null;
            case Kind.Activity:
                if (!ActivityStateNames.TryParse(Shown(value.Text), out var state))
                {
                    _bag.Error(value.At, $"the status of the activity {what} ({value.Where}) is '{Shown(value.Text)}'; it must be {ActivityStateNames.Expected}");
                    return null;
                }

                var note = row.Comment is { IsEmpty: false } nc ? nc.Text.Trim() : null;
                var reporter = row.AssessedBy is { IsEmpty: false } rb ? rb.Text.Trim() : null;
                return ok ? parsed with { Activity = new ActivityReport(state, note, reporter) } : null;
            case Kind.Flag:
                if (value.Flag is { } flag || ScalarText.TryYesNo(value.Text, out flag))
                {
                    return ok ? parsed with { Flag = flag } : null;
                }

                _bag.Error(value.At, $"{Describe(what, kind, year, key, date)} ({value.Where}) is yes/no: write true or false (ja/nej, SANT/FALSKT), not '{Shown(value.Text)}'");
                return null;
            default:
                if (value.IsPercent && value.Number is { } fraction)
                {
                    if (PerCent(fraction, value, indicator, Describe(what, kind, year, key, date)) is not { } shown)
                    {
                        return null;
                    }

                    value = value with { Number = shown, Text = shown.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }

                if (value.Number is null && ScalarText.TryPerCentText(value.Text, out var perCent) && ScalarText.TryNumber(perCent, out var shownNumber, out _))
                {
                    // A CSV cell keeps Excel's per-cent format as text ("15,5 %"): the number shown, as for a per-cent
                    // workbook cell, and only where the unit is % (for any other unit either reading could be meant).
                    if (!PerCentTextFits(value, indicator, Describe(what, kind, year, key, date), perCent))
                    {
                        return null;
                    }

                    value = value with { Number = shownNumber };
                }

                if (value.Number is { } exact || ScalarText.TryNumber(value.Text, out exact, out _))
                {
                    if (exact < 0 && indicator?.Unit == "antal")
                    {
                        // As in YAML values: "-5 meetings" is an export or typing error a ratio criterion would judge silently.
                        _bag.Error(value.At, $"{Describe(what, kind, year, key, date)} ({value.Where}) is a count (antal) and cannot be negative, but it is {Shown(value.Text)}");
                        return null;
                    }

                    return ok ? parsed with { Number = exact } : null;
                }

                ScalarText.TryNumber(Shown(value.Text), out _, out var notANumber);

                _bag.Error(value.At, $"{Describe(what, kind, year, key, date)} ({value.Where}): {notANumber}");
                return null;
        }
    }

    /// <summary>
    /// The number a cell formatted as per cent means: Excel stores 15,5 % as 0,155 and the analyst means 15,5 where the
    /// indicator's unit is %, as rule files write shares. For any other unit (andel, a count, kronor) either reading could
    /// be meant, so the cell is refused rather than guessed; null after reporting.
    /// </summary>
    private decimal? PerCent(decimal fraction, ValueCell cell, Indicator? indicator, string described)
    {
        var shown = Math.Abs(fraction) <= decimal.MaxValue / 100m ? fraction * 100m : (decimal?)null;
        var shownText = shown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"{fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)} × 100";
        if (indicator?.Unit != "%")
        {
            var unit = indicator is null ? "is not known without the rule set" : indicator.Unit is { } u ? $"is '{u}', not '%'" : "is not '%'";
            _bag.Error(cell.At, $"{described} ({cell.Where}) is formatted as per cent ({shownText} %), but the indicator's unit {unit}; format the cell as a number showing the value meant (e.g. {fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}), or declare the unit \"%\"");
            return null;
        }

        if (shown is null)
        {
            _bag.Error(cell.At, $"{described} ({cell.Where}) is formatted as per cent and {shownText} is too large for a decimal number");
        }

        return shown;
    }

    /// <summary>Whether a cell written as per cent ("15,5 %") may be read as the number shown; reports it when not.</summary>
    private bool PerCentTextFits(ValueCell cell, Indicator? indicator, string described, string number)
    {
        if (indicator?.Unit == "%")
        {
            return true;
        }

        var unit = indicator is null ? "is not known without the rule set" : indicator.Unit is { } u ? $"is '{u}', not '%'" : "is not '%'";
        _bag.Error(cell.At, $"{described} ({cell.Where}) is written as per cent ('{Shown(cell.Text)}'), but the indicator's unit {unit}; write the number without '%' if {number} is meant, or declare the unit \"%\"");
        return false;
    }

    /// <summary>Keeps what a row says its value covers; every row of one indicator must say the same.</summary>
    private bool NoteCovers(string id, ValueCell cell, string what)
    {
        var text = Shown(cell.Text);
        if (!ValuePeriodNames.TryParse(text, out var period))
        {
            _bag.Error(cell.At, $"the covers column of {what} ({cell.Where}) says '{text}'; write {ValuePeriodNames.Expected}");
            return false;
        }

        if (_covers.TryGetValue(id, out var first) && first.Period != period)
        {
            _bag.Error(cell.At, $"{what} is said to cover {ValuePeriodNames.Name(period)} here ({cell.Where}) but {ValuePeriodNames.Name(first.Period)} on line {first.Cell.At.Line}; one indicator's values cover one kind of period");
            return false;
        }

        _covers.TryAdd(id, (period, cell));
        return true;
    }

    /// <summary>Keeps the latest year the year column mentions: the assessed year unless one is given.</summary>
    private void NoteYear(int? year)
    {
        if (year is { } y && (_latestYear is null || y > _latestYear))
        {
            _latestYear = y;
        }
    }

    /// <summary>Keeps the latest year of a series date: the assessed year only when no row has a year.</summary>
    private void NoteDateYear(int? year)
    {
        if (year is { } y && (_latestDateYear is null || y > _latestDateYear))
        {
            _latestDateYear = y;
        }
    }

    private bool CheckShape(ValueRow row, Kind kind, Indicator? indicator, string? key, DateOnly? date, int? year, string what)
    {
        var ok = true;
        void Fail(ValueCell cell, string message)
        {
            _bag.Error(cell.At, $"{message} ({cell.Where})");
            ok = false;
        }

        if (kind == Kind.Series)
        {
            if (date is null && row.Date is not { IsEmpty: false })
            {
                Fail(row.Date ?? row.Indicator, $"{what} is a dated series; give each observation's date (yyyy-mm-dd) in a date column");
            }

            if (key is not null)
            {
                Fail(row.Breakdown!, $"{what} is a dated series and is not broken down by any key; leave breakdown empty");
            }

            if (date is { } d && year is { } y && d.Year != y)
            {
                Fail(row.Year!, $"{what}: the year {y} does not match the date {d:yyyy-MM-dd}");
            }

            return ok;
        }

        if (date is not null)
        {
            Fail(row.Date!, $"{what} is not a dated series; leave date empty");
        }

        if (kind == Kind.Keyed && key is null)
        {
            var dimension = indicator!.Dimension!;
            Fail(row.Breakdown ?? row.Indicator, $"{what} is broken down by {dimension.Name}; give the key ({MessageList.Join(dimension.Keys)}) in a breakdown column");
        }

        if (kind != Kind.Keyed && key is not null)
        {
            Fail(row.Breakdown!, kind is Kind.Assessment or Kind.Activity
                ? $"{what} is {(kind == Kind.Activity ? "an activity" : "a manual assessment")} and is not broken down by any key; leave breakdown empty"
                : $"{what} is not broken down by any key; leave breakdown empty");
        }

        return ok;
    }

    private int? ReadYear(ValueCell cell, string what)
    {
        // A number cell outside int's range (1E+20) is no year; it keeps its text so the message can quote it.
        var text = cell.Number is { } n && n == decimal.Truncate(n) && Math.Abs(n) < 1_000_000_000m ? ((long)n).ToString(System.Globalization.CultureInfo.InvariantCulture) : Shown(cell.Text);
        if (ScalarText.TryInteger(text, out var year) && year is >= 1000 and <= 9999)
        {
            return year;
        }

        _bag.Error(cell.At, $"the year of {what} ({cell.Where}) should be a year like 2023, not '{text}'");
        return null;
    }

    private DateOnly? ReadDate(ValueCell cell, string what)
    {
        if (cell.Date is { } d)
        {
            return d;
        }

        var text = Shown(cell.Text);
        if (ScalarText.TryDate(text, out var date))
        {
            return date;
        }

        _bag.Error(cell.At, System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$")
            ? $"the date of {what} ({cell.Where}): {text} is not a date in the calendar"
            : $"the date of {what} ({cell.Where}) should be a date written yyyy-mm-dd, not '{text}'");
        return null;
    }

    /// <summary>A cell's text as a message quotes it: on one line, and cut short when a broken quote swallowed many lines.</summary>
    internal static string Shown(string text)
    {
        var line = text.Trim().Replace("\r\n", " ↵ ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= 40 ? line : line[..40] + "…";
    }

    private static string Describe(string what, Kind kind, int? year, string? key, DateOnly? date) => kind switch
    {
        Kind.Series when date is { } d => $"{what} on {d:yyyy-MM-dd}",
        Kind.Keyed when key is not null => year is { } y ? $"{what} for {y}, {key}" : $"{what}, {key}",
        Kind.Assessment or Kind.Activity => $"the {(kind == Kind.Activity ? "activity" : "assessment")} {what}{(year is { } ay ? $" for {ay}" : string.Empty)}",
        _ => year is { } yy ? $"{what} for {yy}" : what,
    };

    /// <summary>
    /// Adds one checked row to its indicator; a second value for the same year, key or date is an error. A manual
    /// assessment, which in YAML has no year and is the assessed year's, counts only in the row for the assessed year.
    /// </summary>
    private void Add(Parsed row, int year, int? assessedYear)
    {
        if (row.Kind is Kind.Assessment or Kind.Activity && assessedYear is { } assessed && year != assessed)
        {
            var yearAt = row.Row.Year?.At ?? row.Row.Value!.At;
            _bag.Warning(yearAt, $"the {(row.Kind == Kind.Activity ? "activity" : "assessment")} '{row.Id}' for {year} is not for the assessed year {assessed}; it is ignored");
            return;
        }

        var slot = row.Kind switch
        {
            Kind.Series => $"{row.Id}|date|{row.Date:yyyy-MM-dd}",
            Kind.Keyed => $"{row.Id}|{year}|{row.Key}",
            Kind.Assessment or Kind.Activity => $"{row.Id}|assessment|{year}",
            _ => $"{row.Id}|{year}",
        };
        var at = row.Row.Value!.At;
        if (_seen.TryGetValue(slot, out var firstLine))
        {
            var described = Describe($"'{row.Id}'", row.Kind, row.Kind == Kind.Series ? null : year, row.Key, row.Date);
            _bag.Error(at, $"{described} is given twice (first on line {firstLine}); keep one row");
            return;
        }

        _seen[slot] = row.Row.Line;
        if (!_entries.TryGetValue(row.Id, out var entry))
        {
            entry = new Entry(row.Row.Indicator.At);
            _entries[row.Id] = entry;
        }

        if (row.Kind is not (Kind.Assessment or Kind.Activity) && row.Row.Comment is { IsEmpty: false } comment)
        {
            // An assessment's or activity's comment is its own; a number's travels with the value to the goals using it.
            entry.Comments.Add(row.Kind == Kind.Series
                ? new ValueComment(null, null, row.Date, comment.Text.Trim())
                : new ValueComment(year, row.Kind == Kind.Keyed ? row.Key : null, null, comment.Text.Trim()));
        }

        switch (row.Kind)
        {
            case Kind.Series:
                entry.Series.Add(new DatedValue(row.Date!.Value, row.Number!.Value));
                break;
            case Kind.Keyed:
                if (!entry.Keyed.TryGetValue(year, out var keys))
                {
                    keys = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                    entry.Keyed[year] = keys;
                }

                keys[row.Key!] = row.Number!.Value;
                break;
            case Kind.Assessment:
                entry.Assessment = row.Assessment;
                break;
            case Kind.Activity:
                entry.Activity = row.Activity;
                break;
            case Kind.Flag:
                entry.Flags[year] = row.Flag!.Value;
                break;
            default:
                entry.Years[year] = row.Number!.Value;
                break;
        }
    }

    /// <summary>A row whose cells have been read and checked.</summary>
    private sealed record Parsed(ValueRow Row, string Id, Kind Kind, int? Year, string? Key, DateOnly? Date)
    {
        public decimal? Number { get; init; }

        public bool? Flag { get; init; }

        public ManualAssessment? Assessment { get; init; }

        public ActivityReport? Activity { get; init; }
    }

    /// <summary>The values of one indicator, collected row by row.</summary>
    private sealed class Entry(SourceLocation at)
    {
        public SourceLocation At { get; } = at;

        public SortedDictionary<int, decimal> Years { get; } = new();

        public SortedDictionary<int, bool> Flags { get; } = new();

        public SortedDictionary<int, SortedDictionary<string, decimal>> Keyed { get; } = new();

        public List<DatedValue> Series { get; } = new();

        public List<ValueComment> Comments { get; } = new();

        public ManualAssessment? Assessment { get; set; }

        public ActivityReport? Activity { get; set; }

        public IndicatorData ToData() => new(
            Years.ToImmutableSortedDictionary(),
            Flags.ToImmutableSortedDictionary(),
            Keyed.ToImmutableSortedDictionary(k => k.Key, k => k.Value.ToImmutableSortedDictionary(StringComparer.Ordinal)),
            Series.OrderBy(s => s.Date).ToImmutableArray(),
            Assessment) { Activity = Activity, Comments = [.. Comments] };
    }
}
