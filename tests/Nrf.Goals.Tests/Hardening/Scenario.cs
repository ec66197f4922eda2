using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>A random valid rule file and values document, as YAML text, with the policy the test checks the verdict against.</summary>
/// <param name="Rules">The rule file.</param>
/// <param name="Values">The values document.</param>
/// <param name="Operational">
/// The operational policy as written (<c>all</c>, <c>report-only</c>, <c>{atLeast: n}</c>, <c>{share: p %}</c>, either
/// count with <c>partlyFrom</c>, or <c>{judgement: j0}</c> with or without <c>partly: true</c>).
/// </param>
/// <param name="Financial">The financial policy as written (<c>{judgement: j1, …}</c> for a judgement).</param>
/// <param name="Verdict">The verdict's partly rule as written (<c>every</c>, <c>some</c>), or null without one.</param>
/// <param name="Judgements">The judgements the values record for j0 and j1 (<c>met</c>, <c>partly-met</c>, <c>not-met</c>), null where missing.</param>
internal sealed record Scenario(string Rules, string Values, string Operational, string Financial, string? Verdict, string?[] Judgements)
{
    public override string ToString() => Rules + "---\n" + Values;

    public static Arbitrary<Scenario> Arbitrary { get; } = Generator().ToArbitrary();

    /// <summary>
    /// Numbers n0..n3 (some with a default), yes/no flags f0..f1, up to three nested groups, one to eight goals with
    /// every criterion shape that needs no dimension (comparisons, ratios, parts, monitor, functions of earlier years,
    /// windows over years, a case with its own explanation),
    /// policies that can be met, and values that may be missing, zero (division by zero) or negative.
    /// </summary>
    private static Gen<Scenario> Generator() =>
        from goalCount in Gen.Choose(1, 8)
        from criteria in Gen.ArrayOf(Criterion(), goalCount)
        from categories in Gen.ArrayOf(Gen.Elements("operational", "financial"), goalCount)
        from groupCount in Gen.Choose(0, 3)
        from groupOf in Gen.ArrayOf(Gen.Choose(0, 2), goalCount)
        from operationalPolicy in Gen.Choose(0, 119)
        from financialPolicy in Gen.Choose(0, 119)
        from partly in Gen.Choose(0, 99)
        from verdictRule in Gen.Elements<string?>(null, null, "every", "some")
        from judgements in Gen.ArrayOf(Gen.Elements<string?>(null, "met", "partly-met", "not-met"), 2)
        from numbers in Gen.ArrayOf(Number(), 8)
        from flags in Gen.ArrayOf(Gen.Elements<bool?>(true, false, null), 4)
        from interim in Gen.Elements(false, true)
        select Build(criteria, categories, groupCount, groupOf, (operationalPolicy, financialPolicy, partly, verdictRule), judgements, numbers, flags, interim);

    private static Gen<string> Criterion()
    {
        var n = Gen.Elements("n0", "n1", "n2", "n3");
        var f = Gen.Elements("f0", "f1");
        var c = Gen.Choose(-5, 50).Select(i => (i / 2m).ToString(CultureInfo.InvariantCulture));
        var op = Gen.Elements(">=", ">", "<", "<=", "==", "!=");
        return Gen.OneOf(
            from a in n from o in op from k in c select $"\"{a} {o} {k}\"",
            from a in n from b in n select $"\"{a} / {b} >= 0.9\"",
            from a in f select a,
            from a in f select $"\"not {a}\"",
            from a in n from b in n from g in f select $"\"{a} > {b} and {g}\"",
            from a in n from b in n from g in f select $"\"{a} + {b} < 20 or {g}\"",
            from a in n from k in c from b in n select $"[\"{a} >= {k}\", \"{b} < 10\"]",
            from a in n from g in f select $"[{{label: A, expr: \"{a} * 2 > 3\"}}, {{label: B, expr: {g}}}]",
            from a in n select $"{{monitor: {a}}}",
            from a in n from b in n select $"\"abs({a} - {b}) < max({a}, {b}, 1)\"",
            from a in n select $"\"increased({a})\"",
            from a in n select $"\"previous({a}) <= {a} and min({a}, 3) >= -1\"",
            from a in n select $"{{byPeriod: {{DÅ08: \"{a} > 1\", ÅR: \"{a} > 2\"}}}}",
            from a in n from b in n select $"{{byYear: {{2023: \"{a} >= {b}\", 2024: \"{a} > 0\"}}}}",
            from a in n from b in n from k in c select $"\"sum_years({a}, 2) / sum_years({b}, 2) * 100 >= {k}\"",
            from a in n from b in n select $"\"weighted_mean_years({a}, {b}, 2) > mean_period({a})\"",
            from a in n from k in c select $"{{byYear: {{2023: {{criterion: \"mean_years({a}, 2) >= {k}\", explanation: \"Snitt {{mean_years({a}, 2):n1}}\"}}, 2024: \"{a} > 0\"}}}}");
    }

    private static Gen<decimal?> Number() =>
        Gen.OneOf(
            Gen.Constant<decimal?>(null),
            Gen.Constant<decimal?>(0m),
            from units in Gen.Choose(-2_000, 100_000) from scale in Gen.Choose(0, 3) select (decimal?)(units / (decimal)Math.Pow(10, scale)));

    private static Scenario Build(string[] criteria, string[] categories, int groupCount, int[] groupOf, (int Operational, int Financial, int Partly, string? Verdict) policy, string?[] judgements, decimal?[] numbers, bool?[] flags, bool interim)
    {
        var counted = new Dictionary<string, int>
        {
            ["operational"] = Enumerable.Range(0, criteria.Length).Count(i => categories[i] == "operational" && !criteria[i].StartsWith("{monitor", StringComparison.Ordinal)),
            ["financial"] = Enumerable.Range(0, criteria.Length).Count(i => categories[i] == "financial" && !criteria[i].StartsWith("{monitor", StringComparison.Ordinal)),
        };
        var operational = Policy(policy.Operational, policy.Partly, counted["operational"], "j0");
        var financial = Policy(policy.Financial, policy.Partly / 10 + policy.Partly % 10 * 10, counted["financial"], "j1");
        // A verdict rule only where a partly met verdict can occur, as loading requires.
        var deciding = new[] { operational, financial }.Where(p => p != "report-only").ToList();
        var partlyCategory = deciding.Any(p => p.Contains("partly", StringComparison.Ordinal));
        var verdict = policy.Verdict is not null && (partlyCategory || (policy.Verdict == "some" && deciding.Count == 2)) ? policy.Verdict : null;

        var rules = new StringBuilder()
            .Append("id: random\ntitle: Slumpad regeluppsättning\nentity: nrf\nvalidity: {from: 2022, to: 2025}\n")
            .Append("policy: {operational: ").Append(operational).Append(", financial: ").Append(financial)
            .Append(verdict is null ? string.Empty : $", verdict: {{partly: {verdict}}}").Append("}\n")
            .Append("indicators:\n")
            .Append("  - {id: j0, title: Samlad bedömning av verksamhetsmålen, type: assessment}\n")
            .Append("  - {id: j1, title: Samlad bedömning av de finansiella målen, type: assessment}\n")
            .Append("  - {id: n0, title: Antal möten, unit: st}\n")
            .Append("  - {id: n1, title: Kostnad, unit: tkr, default: 0}\n")
            .Append("  - {id: n2, title: Andel, unit: \"%\"}\n")
            .Append("  - {id: n3, title: Saldo, unit: kr}\n")
            .Append("  - {id: f0, title: Rapporterat, type: yes-no}\n")
            .Append("  - {id: f1, title: Beslutat, type: yes-no}\n");
        if (groupCount > 0)
        {
            // A chain: perspektiv > strategiskt mål > framgångsfaktor, as deep as groupCount.
            rules.Append("groups:\n  - id: grupp-0\n    title: Perspektiv\n    level: perspektiv\n");
            if (groupCount > 1)
            {
                rules.Append("    groups:\n      - id: grupp-1\n        title: Strategiskt mål\n        risk: 9\n");
            }

            if (groupCount > 2)
            {
                rules.Append("        groups:\n          - {id: grupp-2, title: Framgångsfaktor, level: framgångsfaktor, risk: 4}\n");
            }
        }

        rules.Append("goals:\n");
        for (var i = 0; i < criteria.Length; i++)
        {
            rules.Append("  - id: mal-").Append(i + 1).Append('\n')
                .Append("    title: Mål ").Append(i + 1).Append('\n')
                .Append("    category: ").Append(categories[i]).Append('\n')
                .Append("    criterion: ").Append(criteria[i]).Append('\n')
                .Append("    explanation: \"Värde {n0} och {n1}, andel {n2:pct}\"\n");
            if (groupCount > 0)
            {
                rules.Append("    group: grupp-").Append(Math.Min(groupOf[i], groupCount - 1)).Append('\n');
            }
        }

        var values = new StringBuilder("entity: nrf\nyear: 2023\n").Append(interim ? "report: interim\nasOf: 2023-08-31\n" : "report: annual\n").Append("values:\n");
        for (var i = 0; i < 4; i++)
        {
            if (numbers[i] is { } current)
            {
                values.Append("  n").Append(i).Append(": {2023: ").Append(current.ToString(CultureInfo.InvariantCulture));
                if (numbers[i + 4] is { } previous)
                {
                    values.Append(", 2022: ").Append(previous.ToString(CultureInfo.InvariantCulture));
                }

                values.Append("}\n");
            }
        }

        for (var i = 0; i < 2; i++)
        {
            if (flags[i] is { } flag)
            {
                values.Append("  f").Append(i).Append(": ").Append(flag ? "true" : "false").Append('\n');
            }
        }

        for (var i = 0; i < 2; i++)
        {
            if (judgements[i] is { } judgement)
            {
                values.Append("  j").Append(i).Append(": {status: ").Append(judgement).Append("}\n");
            }
        }

        if (flags[2] is true)
        {
            // An indicator the rule set does not declare: a warning that must survive the JSON round trip.
            values.Append("  okand_indikator: 5\n");
        }

        return new Scenario(rules.ToString(), values.ToString(), operational, financial, verdict, judgements);
    }

    /// <summary>A policy that loads: a count that can be met, a partly bound below it (half the time), or a judgement.</summary>
    private static string Policy(int choice, int partly, int counted, string judgement)
    {
        var withPartly = partly % 2 == 0;
        switch (choice)
        {
            case < 30:
                return "all";
            case < 40:
                return "report-only";
            case < 70:
                var atLeast = choice % (counted + 1);
                return atLeast >= 2 && withPartly ? $"{{atLeast: {atLeast}, partlyFrom: {1 + partly % (atLeast - 1)}}}" : $"{{atLeast: {atLeast}}}";
            case <= 100:
                return choice >= 2 && withPartly ? $"{{share: {choice} %, partlyFrom: {1 + partly % (choice - 1)} %}}" : $"{{share: {choice} %}}";
            default:
                return withPartly ? $"{{judgement: {judgement}, partly: true}}" : $"{{judgement: {judgement}}}";
        }
    }
}
