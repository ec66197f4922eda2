using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// Synthetic rule sets and values documents of any size: goals cycle through ten criterion shapes (plain and ratio
/// comparisons, increased, parts, and/or, min/max, abs, not, monitor), a third with an explanation template.
/// Deterministic: the same arguments give the same YAML and the same numbers.
/// </summary>
public static class GeneratedRuleSets
{
    /// <summary>The first year the generated rule sets are valid for.</summary>
    public const int FirstYear = 2005;

    /// <summary>The number of years the generated rule sets are valid for.</summary>
    public const int Years = 20;

    /// <summary>The number of indicators a rule set of <paramref name="goals"/> goals declares.</summary>
    public static int IndicatorCount(int goals) => Math.Max(4, goals / 2);

    /// <summary>The YAML of a rule set with <paramref name="goals"/> goals.</summary>
    public static string Yaml(int goals)
    {
        var indicators = IndicatorCount(goals);
        var s = new StringBuilder();
        s.Append("id: generated-").Append(goals).Append('\n')
            .Append("title: Generated rule set of ").Append(goals).Append(" goals\n")
            .Append("validity: {from: ").Append(FirstYear).Append(", to: ").Append(FirstYear + Years - 1).Append("}\n")
            .Append("policy:\n  operational: {share: 70 %}\n  financial: all\n")
            .Append("indicators:\n");
        for (var i = 0; i < indicators; i++)
        {
            s.Append("  - {id: x").Append(i).Append(", title: Indicator ").Append(i).Append(", unit: antal}\n");
        }

        s.Append("goals:\n");
        for (var g = 0; g < goals; g++)
        {
            var a = $"x{g % indicators}";
            var b = $"x{(g + 1) % indicators}";
            var (criterion, explanation) = (g % 10) switch
            {
                0 => ($"{a} >= 50", null),
                1 => ($"{a} / {b} >= 0.9", $"{{{a}}} av {{{b}}} ({{{a} / {b}:pct}}), mål ≥ 90 %"),
                2 => ($"increased({a})", $"{{{a}}} mot {{previous({a})}} året innan"),
                3 => ($"[{a} >= 10, {b} <= 90]", null),
                4 => ($"{a} + {b} > 100 and {a} < 95", $"Summa {{{a} + {b}}}, mål över 100"),
                5 => ($"max({a}, {b}) - min({a}, {b}) < 40", null),
                6 => ($"{a} > previous({a}) or {b} > 50", null),
                7 => ($"abs({a} - {b}) <= 30", $"Skillnad {{abs({a} - {b})}}, mål högst 30"),
                8 => ($"not ({a} < 20)", null),
                _ => ($"{{monitor: {a}}}", null),
            };
            s.Append("  - id: g").Append(g).Append('\n')
                .Append("    title: Goal ").Append(g).Append('\n')
                .Append("    category: ").Append(g % 10 == 4 ? "financial" : "operational").Append('\n')
                .Append("    criterion: ").Append(criterion.StartsWith('{') || criterion.StartsWith('[') ? criterion : $"\"{criterion}\"").Append('\n');
            if (explanation is not null)
            {
                s.Append("    explanation: \"").Append(explanation).Append("\"\n");
            }
        }

        return s.ToString();
    }

    /// <summary>
    /// Values documents for <paramref name="entities"/> entities × every valid year of a rule set with <paramref name="goals"/>
    /// goals: each holds every indicator for its year and the year before, numbers 1–100 (some decimals).
    /// </summary>
    public static IReadOnlyList<ValuesDocument> Documents(int goals, int entities)
    {
        var indicators = IndicatorCount(goals);
        var random = new Random(20231231);
        // One series per entity and indicator over all years, so that a document's "previous year" is the previous document's year.
        var documents = new List<ValuesDocument>(entities * Years);
        for (var e = 0; e < entities; e++)
        {
            var series = new decimal[indicators, Years + 1];
            for (var i = 0; i < indicators; i++)
            {
                for (var y = 0; y <= Years; y++)
                {
                    series[i, y] = random.Next(1, 101) + (random.Next(4) == 0 ? random.Next(100) / 100m : 0m);
                }
            }

            var entity = "entity-" + e.ToString("000", CultureInfo.InvariantCulture);
            for (var y = 1; y <= Years; y++)
            {
                var year = FirstYear + y - 1;
                var values = ImmutableSortedDictionary.CreateBuilder<string, IndicatorData>(StringComparer.Ordinal);
                for (var i = 0; i < indicators; i++)
                {
                    var years = ImmutableSortedDictionary.CreateRange(new[]
                    {
                        KeyValuePair.Create(year - 1, series[i, y - 1]),
                        KeyValuePair.Create(year, series[i, y]),
                    });
                    values.Add($"x{i}", IndicatorData.Empty with { Years = years });
                }

                documents.Add(new ValuesDocument(entity, year, ReportKind.Annual, null, null, values.ToImmutable()));
            }
        }

        return documents;
    }
}
