using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reporting;

/// <summary>
/// Writes an <see cref="EvaluationResult"/> as the JSON contract report scripts read:
/// <c>{"ruleSet", "entity", "year", "report", "period", "verdict": {…}, "goals": [ … ], "groups": [ … ], "warnings": [ … ]}</c>.
/// Key order is fixed and numbers are written invariantly, so the same inputs give byte-identical output.
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The result as indented UTF-8 JSON text (ending with a newline).</summary>
    public static string Write(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result as indented UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(EvaluationResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("ruleSet", result.RuleSet);
            w.WriteString("entity", result.Entity);
            w.WriteNumber("year", result.Year);
            w.WriteString("report", ReportKindNames.Name(result.Report));
            WriteNullable(w, "period", result.Period is { } p ? ReportPeriodNames.Display(p) : null);
            w.WriteStartObject("verdict");
            w.WriteString("status", VerdictStatusNames.Name(result.Verdict.Status));
            WriteCategory(w, GoalCategoryNames.Name(GoalCategory.Operational), result.Verdict.Operational);
            WriteCategory(w, GoalCategoryNames.Name(GoalCategory.Financial), result.Verdict.Financial);
            if (result.Verdict.Rule is { } rule)
            {
                // Only where the policy defines a partly met verdict, so the other reports' JSON is unchanged.
                w.WriteString("rule", rule);
            }

            WriteNullable(w, "wording", result.Verdict.Wording);
            w.WriteEndObject();
            w.WriteStartArray("goals");
            foreach (var goal in result.Goals)
            {
                WriteGoal(w, goal);
            }

            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var group in result.Groups)
            {
                WriteGroup(w, group);
            }

            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                w.WriteStringValue(warning.ToString());
            }

            w.WriteEndArray();
            WriteWhatIf(w, WhatIfAnalysis.Analyze(result));
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteCategory(Utf8JsonWriter w, string name, CategoryVerdict c)
    {
        w.WriteStartObject(name);
        WriteCounts(w, c.Met, c.PartlyMet, c.NotMet, c.NotEvaluable, c.Monitored, c.Total);
        if (c.Required is { } required)
        {
            w.WriteNumber("required", required);
        }
        else
        {
            w.WriteNull("required");
        }

        if (c.PartlyFrom is { } partlyFrom)
        {
            // Only where the policy states a partly bound, so the other reports' JSON is unchanged.
            w.WriteNumber("partlyFrom", partlyFrom);
        }

        w.WriteString("rule", c.Rule);
        w.WriteString("status", VerdictStatusNames.Name(c.Status));
        if (c.IsJudged)
        {
            // Only for a category decided by a recorded judgement, so the other reports' JSON is unchanged.
            if (c.Judgement is { } j)
            {
                w.WriteStartObject("judgement");
                w.WriteString("status", GoalStatusNames.Name(j.Status));
                WriteNullable(w, "comment", j.Comment);
                WriteNullable(w, "assessedBy", j.AssessedBy);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("judgement");
            }
        }

        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, int met, int partlyMet, int notMet, int notEvaluable, int monitored, int total)
    {
        w.WriteNumber("met", met);
        w.WriteNumber("partlyMet", partlyMet);
        w.WriteNumber("notMet", notMet);
        w.WriteNumber("notEvaluable", notEvaluable);
        w.WriteNumber("monitored", monitored);
        w.WriteNumber("total", total);
    }

    private static void WriteGroup(Utf8JsonWriter w, GroupResult g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        w.WriteString("title", g.Title);
        WriteNullable(w, "level", g.Level);
        WriteNullable(w, "parent", g.Parent);
        if (g.Risk is { } risk)
        {
            w.WriteNumber("risk", risk);
        }
        else
        {
            w.WriteNull("risk");
        }

        w.WriteBoolean("actionRequired", g.ActionRequired);
        WriteCounts(w, g.Met, g.PartlyMet, g.NotMet, g.NotEvaluable, g.Monitored, g.Total);
        w.WriteEndObject();
    }

    private static void WriteGoal(Utf8JsonWriter w, GoalResult g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        w.WriteString("title", g.Title);
        w.WriteString("category", GoalCategoryNames.Name(g.Category));
        WriteNullable(w, "area", g.Area);
        w.WriteString("status", GoalStatusNames.Name(g.Status));
        w.WriteString("explanation", g.Explanation);
        WriteNullable(w, "target", g.Target);
        WriteNullable(w, "reason", g.Reason);
        WriteNullable(w, "comment", g.Comment);
        WriteNullable(w, "group", g.Group);
        if (g.IsActivity)
        {
            // Only activities carry the key, so reports of plans without activities are unchanged.
            WriteNullable(w, "activity", g.Activity is { } state ? ActivityStateNames.Name(state) : null);
        }

        w.WriteStartArray("values");
        foreach (var v in g.Values)
        {
            w.WriteStartObject();
            w.WriteString("indicator", v.Indicator);
            if (v.Year is { } year)
            {
                w.WriteNumber("year", year);
            }

            if (v.Key is not null)
            {
                w.WriteString("key", v.Key);
            }

            if (v.Date is { } date)
            {
                w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (v.Number is { } number)
            {
                w.WriteNumber("value", number);
            }
            else if (v.Flag is { } flag)
            {
                w.WriteBoolean("value", flag);
            }

            w.WriteString("source", v.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("parts");
        foreach (var part in g.Parts)
        {
            w.WriteStartObject();
            WriteNullable(w, "label", part.Label);
            w.WriteString("criterion", part.Criterion);
            w.WriteString("status", GoalStatusNames.Name(part.Status));
            w.WriteString("detail", part.Detail);
            if (part.Comparison is { } c)
            {
                // The deciding comparison's numbers, so scripts can chart actual against target without parsing text.
                w.WriteStartObject("comparison");
                WriteComparison(w, c);
                w.WriteEndObject();
            }

            if (!part.Failing.IsDefaultOrEmpty)
            {
                // Only where several comparisons failed (a and b), so other reports are unchanged.
                w.WriteStartArray("failing");
                foreach (var f in part.Failing)
                {
                    w.WriteStartObject();
                    WriteNullable(w, "subject", f.Subject);
                    WriteComparison(w, f);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, PartComparison c)
    {
        w.WriteNumber("actual", c.Actual);
        w.WriteString("operator", OperatorText.Source(c.Operator));
        w.WriteNumber("threshold", c.Threshold);
        WriteNullable(w, "unit", c.Unit);
        w.WriteBoolean("isShare", c.IsShare);
        if (c.IsDifference)
        {
            // Only when true: added after the contract's keys, so the JSON of every other comparison is unchanged.
            w.WriteBoolean("isDifference", true);
        }
    }

    // Added after the contract's keys so that existing readers are unaffected; empty when the verdict is met.
    private static void WriteWhatIf(Utf8JsonWriter w, IEnumerable<WhatIfCategory> categories)
    {
        w.WriteStartArray("whatIf");
        foreach (var category in categories)
        {
            w.WriteStartObject();
            w.WriteString("category", GoalCategoryNames.Name(category.Category));
            w.WriteString("status", VerdictStatusNames.Name(category.Verdict.Status));
            w.WriteNumber("met", category.Verdict.Met);
            w.WriteNumber("required", category.Verdict.Required ?? 0);
            w.WriteNumber("shortfall", category.Shortfall);
            w.WriteStartArray("goals");
            foreach (var goal in category.Goals)
            {
                w.WriteStartObject();
                w.WriteString("id", goal.Goal.Id);
                w.WriteString("status", GoalStatusNames.Name(goal.Goal.Status));
                w.WriteString("text", WhatIfText.Line(goal, ReportLanguage.Swedish));
                w.WriteStartArray("distances");
                foreach (var part in goal.Parts.Where(p => p.Comparison is not null))
                {
                    var c = part.Comparison!;
                    w.WriteStartObject();
                    WriteNullable(w, "label", part.Label);
                    if (part.Subject is { } subject)
                    {
                        w.WriteString("subject", subject);
                    }

                    w.WriteNumber("actual", c.Actual);
                    w.WriteString("operator", OperatorText.Source(c.Operator));
                    w.WriteNumber("threshold", c.Threshold);
                    w.WriteNumber("distance", c.Distance);
                    WriteNullable(w, "unit", c.Unit);
                    w.WriteBoolean("isShare", c.IsShare);
                    w.WriteString("text", WhatIfText.Distance(c, ReportLanguage.Swedish));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
