using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// The accepted statements of a <see cref="ValuesDocumentBuilder"/>, kept in order until the assessed year is known and
/// then collected into each indicator's values: one value per year, key or date (a second is refused, blamed on the
/// second and naming the first's line), an assessment or activity only for the assessed year, comments beside their value.
/// </summary>
internal sealed class StatedValues(ValuesSourceForm form, DiagnosticBag bag)
{
    private readonly List<Stated> _stated = new();

    public void Add(ValueStatement statement, decimal? number = null, bool? flag = null, ManualAssessment? assessment = null, ActivityReport? activity = null) =>
        _stated.Add(new Stated(statement, number, flag, assessment, activity, DeclaresOnly: false));

    /// <summary>States that the value of the statement's year (and key) is missing, and why: it takes the value's place, so a value for it too is refused as a second one.</summary>
    public void AddMissing(ValueStatement statement, string reason) =>
        _stated.Add(new Stated(statement, null, null, null, null, DeclaresOnly: false) { MissingReason = reason });

    /// <summary>
    /// Makes the statement's indicator (and for a keyed statement its year) present with no value yet, as a document's
    /// <c>x: {}</c>, <c>x: []</c> or <c>x: {2023: {}}</c> does.
    /// </summary>
    public void Declare(ValueStatement statement) => _stated.Add(new Stated(statement, null, null, null, null, DeclaresOnly: true));

    /// <summary>Each indicator's values, and where each was first named; values without a year are <paramref name="assessedYear"/>'s.</summary>
    public (ImmutableSortedDictionary<string, IndicatorData> Values, ImmutableDictionary<string, SourceLocation> Locations) Collect(int? assessedYear)
    {
        var entries = new Dictionary<string, IndicatorEntry>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stated in _stated)
        {
            var s = stated.Statement;
            var year = s.Year ?? assessedYear ?? 0;
            if (stated.DeclaresOnly)
            {
                var declared = EntryOf(entries, s);
                if (s.Kind == ValueKind.Keyed)
                {
                    declared.KeysOf(year);
                }

                continue;
            }

            if (s.Kind is ValueKind.Assessment or ValueKind.Activity && assessedYear is { } assessed && year != assessed)
            {
                // In a document an assessment has no year and is the assessed year's; a table row may name another.
                bag.Warning(s.YearAt ?? s.ValueAt ?? s.At, $"the {(s.Kind == ValueKind.Activity ? "activity" : "assessment")} '{s.Indicator}' for {year} is not for the assessed year {assessed}; it is ignored");
                continue;
            }

            var slot = s.Kind switch
            {
                ValueKind.Observation => $"{s.Indicator}|date|{s.Date:yyyy-MM-dd}",
                ValueKind.Keyed => $"{s.Indicator}|{year}|{s.Key}",
                ValueKind.Assessment or ValueKind.Activity => $"{s.Indicator}|assessment|{year}",
                _ => $"{s.Indicator}|{year}",
            };
            if (seen.TryGetValue(slot, out var firstLine))
            {
                bag.Error(s.ValueAt ?? s.At, Twice(s with { Year = s.Kind == ValueKind.Observation ? null : year }, firstLine));
                continue;
            }

            seen[slot] = s.At.Line;
            Store(EntryOf(entries, s), stated, year);
        }

        return (entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value.ToData(), StringComparer.Ordinal),
                entries.ToImmutableDictionary(e => e.Key, e => e.Value.At, StringComparer.Ordinal));
    }

    private string Twice(ValueStatement described, int firstLine) => (form, described.Kind) switch
    {
        (ValuesSourceForm.Table, _) => $"{described.Describe()} is given twice (first on line {firstLine}); keep one row",
        (_, ValueKind.Observation) => $"'{described.Indicator}' has two observations dated {described.Date:yyyy-MM-dd} (the first at line {firstLine})",
        _ => $"{described.Describe()} is given twice (the first at line {firstLine})",
    };

    private static IndicatorEntry EntryOf(Dictionary<string, IndicatorEntry> entries, ValueStatement s)
    {
        if (!entries.TryGetValue(s.Indicator, out var entry))
        {
            entry = new IndicatorEntry(s.IndicatorAt ?? s.At);
            entries[s.Indicator] = entry;
        }

        return entry;
    }

    private static void Store(IndicatorEntry entry, Stated stated, int year)
    {
        var s = stated.Statement;
        if (stated.MissingReason is { } reason)
        {
            entry.Missing.Add(new MissingValue(year, s.Kind == ValueKind.Keyed ? s.Key : null, reason));
            return;
        }

        if (s.Kind is not (ValueKind.Assessment or ValueKind.Activity) && s.Comment is { } comment)
        {
            // An assessment's or activity's comment is its own; a number's travels with the value to the goals using it.
            entry.Comments.Add(s.Kind == ValueKind.Observation
                ? new ValueComment(null, null, s.Date, comment)
                : new ValueComment(year, s.Kind == ValueKind.Keyed ? s.Key : null, null, comment));
        }

        switch (s.Kind)
        {
            case ValueKind.Observation:
                entry.Series.Add(new DatedValue(s.Date!.Value, stated.Number!.Value));
                break;
            case ValueKind.Keyed:
                entry.KeysOf(year)[s.Key!] = stated.Number!.Value;
                break;
            case ValueKind.Assessment:
                entry.Assessment = stated.Assessment;
                break;
            case ValueKind.Activity:
                entry.Activity = stated.Activity;
                break;
            case ValueKind.YesNo:
                entry.Flags[year] = stated.Flag!.Value;
                break;
            default:
                entry.Years[year] = stated.Number!.Value;
                break;
        }
    }

    /// <summary>An accepted statement with its value, or one that only makes its indicator present.</summary>
    private sealed record Stated(ValueStatement Statement, decimal? Number, bool? Flag, ManualAssessment? Assessment, ActivityReport? Activity, bool DeclaresOnly)
    {
        /// <summary>Why the value is missing, for a statement that says so instead of giving it.</summary>
        public string? MissingReason { get; init; }
    }
}
