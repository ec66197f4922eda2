using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Loading;

/// <summary>
/// The checks every values format shares (YAML, JSON, CSV, Excel), so a wrong value gets the same words whatever file it
/// came from: the header against the rule set, undeclared indicators, breakdown keys and manual assessments.
/// </summary>
internal static class ValueChecks
{
    /// <summary>Checks the header against the rule set and itself: entity, validity, asOf in the year, the period against the kind of report.</summary>
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
    }

    /// <summary>The warning for values of an indicator the rule set does not declare.</summary>
    public static string Undeclared(string id, RuleSet ruleSet) =>
        $"'{id}' is not an indicator of the rule set '{ruleSet.Id}'{Suggestions.DidYouMean(id, ruleSet.Indicators.Select(i => i.Id))}; its values are ignored";

    /// <summary>The error for a breakdown key the dimension does not have.</summary>
    public static string NotAKey(string key, Dimension dimension, string what) =>
        $"'{key}' is not a key of {dimension.Name}{Suggestions.DidYouMean(key, dimension.Keys)}; {what} takes {MessageList.Join(dimension.Keys)}";

    /// <summary>
    /// Reads the status of a manual assessment: <c>met</c>, <c>partly-met</c>, <c>not-met</c>, or in Swedish
    /// <c>uppfyllt</c>, <c>delvis uppfyllt</c>, <c>ej uppfyllt</c> (also <c>inte uppfyllt</c>).
    /// </summary>
    public static bool TryStatus(string text, string what, out GoalStatus status, out string? problem)
    {
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

    /// <summary>
    /// The problem with a text holding a character no report format can show: a C0 control other than tab, line feed and
    /// carriage return (from a YAML escape such as <c>\x01</c> or a table cell), a C1 control (U+0080–U+009F, which
    /// terminals obey as commands), the noncharacters U+FFFE and U+FFFF, or half of a surrogate pair — XML (DOCX, JUnit)
    /// forbids them all; null when there is none.
    /// </summary>
    public static string? ControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F')
            {
                return $"the text contains the control character U+{(int)c:X4}, which a report cannot show; remove it";
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return $"the text contains the noncharacter U+{(int)c:X4}, which a report cannot show; remove it";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"the text contains half of a surrogate pair (U+{(int)c:X4}), which is no character; remove it";
            }
        }

        return null;
    }
}
