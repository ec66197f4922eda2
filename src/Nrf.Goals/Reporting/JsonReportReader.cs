using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Verdicts;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reporting;

/// <summary>
/// Reads the JSON contract that <see cref="JsonReport"/> writes back into an <see cref="EvaluationResult"/>, so that a
/// program can consume a stored report (or a report produced by the CLI) with the library's own types.
/// Writing a result and reading it back gives an equivalent result. Keys the reader does not know are ignored, so
/// reports of a later version with added keys still read.
/// </summary>
public static partial class JsonReportReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a report from JSON text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The text is not JSON or not a report; the diagnostic says where and why.</exception>
    public static EvaluationResult Read(string json, string sourceName = "report.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            return new Reader(sourceName).Result(document.RootElement);
        }
        catch (JsonException e)
        {
            throw Located(sourceName, e);
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString throws this for a lone surrogate escape (\ud800), which JSON's grammar allows.
            throw LoneSurrogate(sourceName, json);
        }
    }

    /// <summary>Reads a report from a UTF-8 JSON stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NrfGoalsException">The input is not JSON or not a report; the diagnostic says where and why.</exception>
    public static EvaluationResult Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var document = JsonDocument.Parse(stream, Options);
            return new Reader(sourceName).Result(document.RootElement);
        }
        catch (JsonException e)
        {
            throw Located(sourceName, e);
        }
        catch (InvalidOperationException)
        {
            throw LoneSurrogate(sourceName, null);
        }
    }

    /// <summary>The error for text holding half of a surrogate pair, at the first such escape when the text is at hand.</summary>
    private static NrfGoalsException LoneSurrogate(string sourceName, string? json)
    {
        var (line, column) = (1, 1);
        if (json is not null && LoneSurrogateEscape().Match(json) is { Success: true } m)
        {
            line = 1 + json.AsSpan(0, m.Index).Count('\n');
            column = m.Index - (json.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1) + 1;
        }

        return new([new Diagnostic(new SourceLocation(sourceName, line, column), "the report holds a text with half of a surrogate pair (an escape such as \\ud800 without its partner), which is no character")]);
    }

    /// <summary>A \uD800–\uDFFF escape that is not a high surrogate followed by a low one.</summary>
    [GeneratedRegex(@"(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex LoneSurrogateEscape();

    private static NrfGoalsException Located(string sourceName, JsonException e) =>
        new([new Diagnostic(new SourceLocation(sourceName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), "the report is not valid JSON: " + e.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0].TrimEnd('.'))]);

    /// <summary>A warning as <see cref="Diagnostic.ToString"/> writes it: <c>file:line:column: warning: message</c>.</summary>
    [GeneratedRegex(@"^(?<file>.*?):(?<line>\d+):(?<column>\d+): (?<warning>warning: )?(?<message>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosticText();

    private sealed class Reader(string sourceName)
    {
        public EvaluationResult Result(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "the report");
            var groups = Array(root, "groups", Group, optional: true);
            var paths = groups.ToDictionary(g => g.Id, g => g.Parent, StringComparer.Ordinal);
            return new EvaluationResult
            {
                RuleSet = String(root, "ruleSet"),
                Entity = String(root, "entity"),
                Year = Int(root, "year"),
                Report = ReportKindNames.TryParse(String(root, "report"), out var report) ? report : throw Problem($"'report' is '{String(root, "report")}'; it must be annual or interim"),
                Period = NullableString(root, "period") is { } p ? (ReportPeriodNames.TryParse(p, out var period) ? period : throw Problem($"'period' is '{p}', not a report period")) : null,
                Verdict = Verdict(Property(root, "verdict")),
                Goals = Array(root, "goals", g => Goal(g, paths)),
                Warnings = Array(root, "warnings", Warning),
                Groups = groups,
            };
        }

        private Verdict Verdict(JsonElement e) =>
            new(VerdictStatus(String(e, "status")), Category(Property(e, GoalCategoryNames.Name(GoalCategory.Operational)), GoalCategory.Operational), Category(Property(e, GoalCategoryNames.Name(GoalCategory.Financial)), GoalCategory.Financial), NullableString(e, "wording"))
            {
                Rule = NullableString(e, "rule"),
            };

        private CategoryVerdict Category(JsonElement e, GoalCategory category) =>
            new()
            {
                Category = category,
                Met = Int(e, "met"),
                PartlyMet = Int(e, "partlyMet"),
                NotMet = Int(e, "notMet"),
                NotEvaluable = Int(e, "notEvaluable"),
                Monitored = Int(e, "monitored"),
                Total = Int(e, "total"),
                Required = NullableInt(e, "required"),
                PartlyFrom = e.TryGetProperty("partlyFrom", out _) ? NullableInt(e, "partlyFrom") : null,
                Rule = String(e, "rule"),
                Status = VerdictStatus(String(e, "status")),
                IsJudged = e.TryGetProperty("judgement", out _),
                Judgement = e.TryGetProperty("judgement", out var j) && j.ValueKind == JsonValueKind.Object
                    ? new Values.ManualAssessment(GoalStatus(String(j, "status")), NullableString(j, "comment"), NullableString(j, "assessedBy"))
                    : null,
            };

        private GoalResult Goal(JsonElement e, Dictionary<string, string?> parents)
        {
            // The report names only the goal's own group; the path above it comes from the groups' parents.
            var path = ImmutableArray.CreateBuilder<string>();
            for (var group = NullableString(e, "group"); group is not null && path.Count <= parents.Count; group = parents.GetValueOrDefault(group))
            {
                path.Insert(0, group);
            }

            return new GoalResult
            {
                Id = String(e, "id"),
                Title = String(e, "title"),
                Category = GoalCategoryNames.TryParse(String(e, "category"), out var category)
                    ? category
                    : throw Problem($"a goal's 'category' is '{String(e, "category")}'; it must be operational or financial"),
                Area = NullableString(e, "area"),
                Status = GoalStatus(String(e, "status")),
                Explanation = String(e, "explanation"),
                Target = NullableString(e, "target"),
                Reason = NullableString(e, "reason"),
                Comment = NullableString(e, "comment"),
                Parts = Array(e, "parts", Part),
                Values = Array(e, "values", Value),
                Groups = path.ToImmutable(),
                IsActivity = e.TryGetProperty("activity", out _),
                Activity = NullableString(e, "activity") is { } state
                    ? ActivityStateNames.TryParse(state, out var s) ? s : throw Problem($"a goal's 'activity' is '{state}'; it must be {ActivityStateNames.Expected}")
                    : null,
            };
        }

        private PartResult Part(JsonElement e) =>
            new(NullableString(e, "label"), String(e, "criterion"), GoalStatus(String(e, "status")), String(e, "detail"))
            {
                Comparison = e.TryGetProperty("comparison", out var c) && c.ValueKind != JsonValueKind.Null ? Comparison(c) : null,
                Failing = e.TryGetProperty("failing", out _) ? Array(e, "failing", f => Comparison(f) with { Subject = NullableString(f, "subject") }) : [],
            };

        private PartComparison Comparison(JsonElement e)
        {
            var text = String(e, "operator");
            var op = Enum.GetValues<BinaryOperator>().Where(BinaryOperators.IsComparison).Cast<BinaryOperator?>()
                .FirstOrDefault(o => OperatorText.Source(o!.Value) == text)
                ?? throw Problem($"'{text}' is not a comparison operator");
            var isShare = Property(e, "isShare");
            return new PartComparison(Decimal(e, "actual"), op, Decimal(e, "threshold"), NullableString(e, "unit"), isShare.ValueKind == JsonValueKind.True)
            {
                IsDifference = e.TryGetProperty("isDifference", out var difference) && difference.ValueKind == JsonValueKind.True,
            };
        }

        private decimal Decimal(JsonElement e, string name)
        {
            var value = Property(e, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) ? d : throw Problem($"'{name}' should be a number");
        }

        private ValueUsed Value(JsonElement e)
        {
            Expect(e, JsonValueKind.Object, "a value");
            var value = e.TryGetProperty("value", out var v) ? v : default;
            return new ValueUsed(
                String(e, "indicator"),
                e.TryGetProperty("year", out _) ? Int(e, "year") : null,
                e.TryGetProperty("key", out _) ? String(e, "key") : null,
                e.TryGetProperty("date", out _) ? Date(String(e, "date")) : null,
                value.ValueKind == JsonValueKind.Number ? value.TryGetDecimal(out var number) ? number : throw Problem($"the value {value.GetRawText()} is not a number a report can hold") : null,
                value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null,
                String(e, "source"));
        }

        private GroupResult Group(JsonElement e) =>
            new()
            {
                Id = String(e, "id"),
                Title = String(e, "title"),
                Level = NullableString(e, "level"),
                Parent = NullableString(e, "parent"),
                Risk = NullableInt(e, "risk"),
                Met = Int(e, "met"),
                PartlyMet = Int(e, "partlyMet"),
                NotMet = Int(e, "notMet"),
                NotEvaluable = Int(e, "notEvaluable"),
                Monitored = Int(e, "monitored"),
            };

        private Diagnostic Warning(JsonElement e)
        {
            Expect(e, JsonValueKind.String, "a warning");
            var text = e.GetString()!;
            var match = DiagnosticText().Match(text);
            if (!match.Success)
            {
                throw Problem($"the warning '{text}' is not of the form file:line:column: warning: message");
            }

            return new Diagnostic(
                new SourceLocation(match.Groups["file"].Value, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture)),
                match.Groups["message"].Value,
                match.Groups["warning"].Success ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error);
        }

        private GoalStatus GoalStatus(string text) =>
            GoalStatusNames.TryParse(text, out var status) ? status : throw Problem($"'{text}' is not a goal status");

        private VerdictStatus VerdictStatus(string text) =>
            VerdictStatusNames.TryParse(text, out var status) ? status : throw Problem($"'{text}' is not a verdict status");

        private DateOnly Date(string text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : throw Problem($"'{text}' is not a date written yyyy-mm-dd");

        private ImmutableArray<T> Array<T>(JsonElement e, string name, Func<JsonElement, T> read, bool optional = false)
        {
            if (optional && !e.TryGetProperty(name, out _))
            {
                return ImmutableArray<T>.Empty;
            }

            var array = Property(e, name);
            Expect(array, JsonValueKind.Array, $"'{name}'");
            return array.EnumerateArray().Select(read).ToImmutableArray();
        }

        private JsonElement Property(JsonElement e, string name)
        {
            Expect(e, JsonValueKind.Object, $"the object holding '{name}'");
            return e.TryGetProperty(name, out var value) ? value : throw Problem($"the report has no '{name}' where it is required");
        }

        private string String(JsonElement e, string name)
        {
            Property(e, name);
            return NullableString(e, name) ?? throw Problem($"'{name}' is null where text is required");
        }

        private string? NullableString(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            Expect(value, JsonValueKind.String, $"'{name}'");
            return value.GetString();
        }

        private int Int(JsonElement e, string name) =>
            NullableInt(e, name) ?? throw Problem($"'{name}' is null where a whole number is required");

        private int? NullableInt(JsonElement e, string name)
        {
            var value = Property(e, name);
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : throw Problem($"'{name}' should be a whole number");
        }

        private void Expect(JsonElement e, JsonValueKind kind, string what)
        {
            if (e.ValueKind != kind)
            {
                throw Problem($"{what} should be a JSON {kind.ToString().ToLowerInvariant()}, not {e.ValueKind.ToString().ToLowerInvariant()}");
            }
        }

        // JsonDocument keeps no positions, so a structural problem is reported at the start of the report.
        private NrfGoalsException Problem(string message) => new([new Diagnostic(new SourceLocation(sourceName, 1, 1), message)]);
    }
}
