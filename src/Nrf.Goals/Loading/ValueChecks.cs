using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Loading;

/// <summary>
/// The checks every values format shares (YAML, JSON, CSV, Excel, a web API's records), so a wrong value gets the same
/// words whatever source it came from: the header against the rule set and itself, undeclared indicators, breakdown keys.
/// <see cref="ValuesDocumentBuilder"/> applies them; a rule test's overridden header is checked with <see cref="Header"/> too.
/// </summary>
internal static class ValueChecks
{
    /// <summary>Checks the header against the rule set and itself: entity, validity, asOf in the year, the period against the kind of report and the cut-off date.</summary>
    public static void Header(ValuesHeaderFacts header, RuleSet? ruleSet, DiagnosticBag bag)
    {
        if (ruleSet is not null)
        {
            if (header.Entity is { } entity && ruleSet.Entity is not null && !string.Equals(entity, ruleSet.Entity, StringComparison.OrdinalIgnoreCase))
            {
                bag.Error(header.EntityAt, $"these values are for '{entity}', but the rule set '{ruleSet.Id}' is for '{ruleSet.Entity}'");
            }

            if (header.Year is { } y && (y < ruleSet.ValidFrom || y > ruleSet.ValidTo))
            {
                bag.Error(header.YearAt, $"the year {y} is outside the rule set's validity {ruleSet.ValidFrom}–{ruleSet.ValidTo}");
            }
        }

        if (header.AsOf is { } date && header.Year is { } year && date.Year != year)
        {
            bag.Error(header.AsOfAt, $"asOf {date:yyyy-MM-dd} is not in the assessed year {year}");
        }

        if (header.Report == ReportKind.Annual && header.AsOf is { } cutOff && (cutOff.Month, cutOff.Day) != (12, 31))
        {
            // The cut-off drops every later observation: liquidity through December would be judged on January–August
            // while the header still says årsredovisning.
            bag.Error(header.AsOfAt, $"an annual report (årsredovisning) covers the whole year, but asOf is {cutOff:yyyy-MM-dd}; write report: interim for a delårsrapport, or asOf {cutOff.Year}-12-31 (or none)");
        }

        if (header.Report == ReportKind.Annual && header.Period is { } period && period != ReportPeriod.Annual)
        {
            bag.Error(header.PeriodAt, $"an annual report cannot be for period {ReportPeriodNames.Display(period)}");
        }

        if (header.Report == ReportKind.Interim && header.Period == ReportPeriod.Annual)
        {
            // Otherwise a forecast would be judged against the annual targets as if it were the årsredovisning.
            bag.Error(header.PeriodAt, "an interim report (delårsrapport) cannot be for period ÅR; write report: annual, or period DÅ04 or DÅ08");
        }

        if (header.Report != ReportKind.Annual && header.Period is ReportPeriod.Interim04 or ReportPeriod.Interim08 && header.AsOf is { } asOf && ReportPeriodDates.Of(asOf) != header.Period)
        {
            // The report would be headed one period and cut at the other's date: DÅ 04 cut at 31 August judges the
            // April targets on values through August, and DÅ 08 cut at 30 April drops the summer's values.
            bag.Error(header.AsOfAt, PeriodAgainstCutOff(header.Period.Value, asOf));
        }
    }

    /// <summary>The error for an interim report's period and cut-off date that belong to different reports.</summary>
    private static string PeriodAgainstCutOff(ReportPeriod period, DateOnly asOf)
    {
        var name = ReportPeriodNames.Display(period);
        var other = ReportPeriodDates.Of(asOf);
        var end = ReportPeriodDates.End(period, asOf.Year);
        var where = other == ReportPeriod.Annual
            ? $"after {name} ends on {end:yyyy-MM-dd}"
            : $"in {ReportPeriodNames.Display(other)} ({ReportPeriodDates.Months(other)}), not in {name} ({ReportPeriodDates.Months(period)})";
        var alternative = other == ReportPeriod.Annual ? string.Empty : $", or {ReportPeriodNames.Display(other)} with {ReportPeriodDates.End(other, asOf.Year):yyyy-MM-dd}";
        return $"the report period is {name}, but the cut-off date {asOf:yyyy-MM-dd} is {where}, so the report would be headed one period and cut at another's date; give the period and cut-off date of one report: {name} with {end:yyyy-MM-dd}{alternative}";
    }

    /// <summary>False after reporting a comment on <paramref name="statement"/> longer than <see cref="InputLimits.MaxCommentCharacters"/>.</summary>
    public static bool Comment(ValueStatement statement, string? comment, DiagnosticBag bag)
    {
        if (comment is null || comment.Length <= InputLimits.MaxCommentCharacters)
        {
            return true;
        }

        var place = statement.CommentPlace is { } where ? $" ({where})" : string.Empty;
        bag.Error(
            statement.CommentAt ?? statement.At,
            $"the comment on {statement.Describe()}{place} is {comment.Length} characters long; the limit is {InputLimits.MaxCommentCharacters}: shorten it, or keep the long text in the report itself");
        return false;
    }

    /// <summary>False after reporting a reason for a missing value that is empty, longer than <see cref="InputLimits.MaxReasonCharacters"/>, or more than one line.</summary>
    public static bool Reason(ValueStatement statement, string reason, DiagnosticBag bag)
    {
        var at = statement.ValueAt ?? statement.At;
        var place = statement.ValuePlace is { } where ? $" ({where})" : string.Empty;
        var text = reason.Trim();
        string? problem = text.Length == 0
            ? "gives no reason; write why the value is missing, e.g. {missing: saknas i Kolada}"
            : text.Length > InputLimits.MaxReasonCharacters
                ? $"has a reason {text.Length} characters long; the limit is {InputLimits.MaxReasonCharacters}: a reason is a few words that every goal reading the value repeats"
                : text.AsSpan().IndexOfAny('\n', '\r') >= 0
                    ? "has a reason of several lines; write it on one line, as goals repeat it in their one-line explanation"
                    : null;
        if (problem is null)
        {
            return true;
        }

        bag.Error(at, $"the missing value {statement.Describe()}{place} {problem}");
        return false;
    }

    /// <summary>The warning for values of an indicator the rule set does not declare.</summary>
    public static string Undeclared(string id, RuleSet ruleSet) =>
        $"'{id}' is not an indicator of the rule set '{ruleSet.Id}'{Suggestions.DidYouMean(id, ruleSet.Indicators.Select(i => i.Id))}; its values are ignored";

    /// <summary>The error for a breakdown key the dimension does not have.</summary>
    public static string NotAKey(string key, Dimension dimension, string what) =>
        $"'{key}' is not a key of {dimension.Name}{Suggestions.DidYouMean(key, dimension.Keys)}; {what} takes {MessageList.Join(dimension.Keys)}";
}
