using System.Diagnostics;
using System.Globalization;
using System.Text;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Kolada;
using Nrf.Goals.Loading;
using Nrf.Goals.Reports;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// <c>--kolada-compare [FOLDER]</c>, issue 23's target: 290 kommuner × 3 years × 10 KPIs fetched from the cache and
/// evaluated in under 2 s on 2 cores. It writes a generated rule set of 10 Kolada KPIs and 12 goals, and Kolada's answers
/// for 290 kommuner in 2021–2023 into a cache folder (FOLDER, or a temporary one) as the client keeps them; then times,
/// five times in this process, what <c>nrf-goals compare</c> does after its rule set is compiled: the offline client
/// reads the kommuner and the ten KPIs' country answers from the cache, maps each kommun's values, builds the 290 values
/// documents, evaluates them in parallel (statuses only) and writes the Markdown table. The same folder serves the whole
/// CLI process, printed at the end, for <c>/usr/bin/time</c>.
/// </summary>
public static class KoladaComparison
{
    public const int Kommuner = 290;

    private static readonly int[] Years = [2021, 2022, 2023];

    private static readonly (string Id, string Kpi, string Title, string Unit, bool BySex, decimal Low, decimal High)[] Kpis =
    [
        ("resultat", "N90001", "Årets resultat som andel av skatt och generella statsbidrag", "%", false, -3m, 7m),
        ("soliditet", "N90002", "Soliditet", "%", false, 10m, 70m),
        ("sjalvfinansiering", "N90003", "Självfinansieringsgrad för investeringar", "%", false, 40m, 180m),
        ("nettokostnad", "N90004", "Nettokostnadsandel", "%", false, 94m, 103m),
        ("skattesats", "N90005", "Kommunal skattesats", "%", false, 19m, 24m),
        ("investeringar", "N90006", "Nettoinvesteringar", "kr/inv", false, 2_000m, 15_000m),
        ("heltid", "N90007", "Heltidsanställda månadsavlönade", "%", false, 60m, 95m),
        ("kontinuitet", "N90008", "Personalkontinuitet i hemtjänsten", "antal", false, 8m, 22m),
        ("halsa", "N90009", "Gott självskattat hälsotillstånd", "%", true, 55m, 85m),
        ("nojdhet", "N90010", "Nöjd medborgar-index", "%", true, 40m, 75m),
    ];

    private const string Goals =
        "goals:\n" +
        "  - {id: f1, title: Resultat över tre år, category: financial, target: minst 2 %, criterion: '(resultat + previous(resultat) + at(resultat, 2021)) / 3 >= 2'}\n" +
        "  - {id: f2, title: Resultatet ökar, category: financial, criterion: 'increased(resultat)'}\n" +
        "  - {id: f3, title: Soliditet, category: financial, target: minst 40 %, criterion: 'soliditet >= 40'}\n" +
        "  - {id: f4, title: Självfinansiering, category: financial, target: 100 %, criterion: 'sjalvfinansiering >= 100'}\n" +
        "  - {id: f5, title: Nettokostnadsandel, category: financial, target: högst 100 %, criterion: 'nettokostnad <= 100'}\n" +
        "  - {id: v1, title: Skattesatsen höjs inte, category: operational, criterion: 'skattesats <= previous(skattesats)'}\n" +
        "  - {id: v2, title: Investeringar, category: operational, criterion: {monitor: investeringar}}\n" +
        "  - {id: v3, title: Heltid, category: operational, criterion: 'heltid >= 80'}\n" +
        "  - {id: v4, title: Kontinuitet, category: operational, criterion: 'kontinuitet <= 15'}\n" +
        "  - {id: v5, title: Hälsa, category: operational, criterion: ['halsa[K] >= 70', 'halsa[M] >= 70']}\n" +
        "  - {id: v6, title: Jämlik hälsa, category: operational, criterion: 'gap(halsa) < gap(previous_measurement(halsa))'}\n" +
        "  - {id: v7, title: Nöjdhet, category: operational, criterion: 'nojdhet[T] >= 60'}\n";

    public static int Run(string? folder)
    {
        folder ??= Path.Combine(Path.GetTempPath(), $"nrf-kolada-bench-{Environment.ProcessId}");
        var rulesPath = Prepare(folder);
        var cache = Path.Combine(folder, "cache");
        var watch = Stopwatch.StartNew();
        var ruleSet = RuleSetLoader.Load(rulesPath);
        var compiled = Engine.Compiler().Compile(ruleSet);
        Console.WriteLine($"load + compile of the rule set ({ruleSet.Goals.Length} goals, {ruleSet.Indicators.Length} Kolada KPIs): {watch.Elapsed.TotalMilliseconds:N0} ms (once; the CLI does it while it fetches)");
        var process = Process.GetCurrentProcess();
        for (var round = 1; round <= 5; round++)
        {
            var cpu = process.TotalProcessorTime;
            watch.Restart();
            var (markdown, steps) = Compare(ruleSet, compiled, cache).GetAwaiter().GetResult();
            process.Refresh();
            Console.WriteLine($"round {round}: {watch.Elapsed.TotalMilliseconds:N0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU, {markdown.Length / 1024:N0} KiB of Markdown{(round == 1 ? " (cold: JIT)" : string.Empty)}; {steps}");
        }

        process.Refresh();
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB, {Environment.ProcessorCount} cores");
        Console.WriteLine("The whole CLI process on the same cache:");
        Console.WriteLine($"  /usr/bin/time -f \"%e s, %M KB\" nrf-goals compare --rules {rulesPath} --kolada all-kommuner --year 2023 --kolada-offline --kolada-cache {cache} --out {Path.Combine(folder, "kommuner.md")}");
        return 0;
    }

    /// <summary>What <c>nrf-goals compare</c> does once the rule set is compiled, from the cache, with the wall time of each step.</summary>
    private static async Task<(string Markdown, string Steps)> Compare(Model.RuleSet ruleSet, ICompiledRuleSet compiled, string cache)
    {
        var watch = Stopwatch.StartNew();
        using var client = KoladaClient.Create(new KoladaOptions { CacheFolder = cache, CacheMode = KoladaCacheMode.Offline });
        var kommuner = (await client.GetMunicipalitiesAsync()).Where(m => m.Type == KoladaMunicipalityType.Kommun).ToList();
        var sets = await KoladaValues.FetchManyAsync(client, KoladaIndicator.Of(ruleSet), kommuner, Years);
        var fetched = watch.Elapsed;
        var documents = new ValuesDocument[sets.Length];
        Parallel.For(0, sets.Length, i => documents[i] = sets[i].ToDocument(ruleSet, sets[i].Municipality.Id, 2023));
        var built = watch.Elapsed;
        var results = compiled.EvaluateMany(documents, detail: EvaluationDetail.StatusesOnly);
        var evaluated = watch.Elapsed;
        var entities = sets.Select((s, i) => new ComparedEntity(s.Municipality.Title, s.Municipality.Id, false, results[i])).ToList();
        var markdown = MarkdownReport.Write(ComparisonReport.Build(ruleSet, "alla kommuner", entities, ReportLanguage.Swedish));
        var steps = $"cache read and mapped {fetched.TotalMilliseconds:N0} ms, documents {(built - fetched).TotalMilliseconds:N0} ms, evaluation {(evaluated - built).TotalMilliseconds:N0} ms, report {(watch.Elapsed - evaluated).TotalMilliseconds:N0} ms";
        return (markdown, steps);
    }

    /// <summary>Writes the rule set and the cache of Kolada's answers under <paramref name="folder"/>; returns the rule file's path.</summary>
    public static string Prepare(string folder)
    {
        Directory.CreateDirectory(folder);
        var rules = new StringBuilder("id: kolada-bench\ntitle: Kommunens mål (benchmark)\nvalidity: {from: 2021, to: 2025}\npolicy: {operational: {atLeast: 4}, financial: all}\nindicators:\n");
        foreach (var k in Kpis)
        {
            rules.Append(CultureInfo.InvariantCulture, $"  - {{id: {k.Id}, title: {k.Title}, unit: '{k.Unit}', {(k.BySex ? "by: sex, " : string.Empty)}kolada: {k.Kpi}}}\n");
        }

        var rulesPath = Path.Combine(folder, "kolada-bench.yaml");
        File.WriteAllText(rulesPath, rules + Goals);
        CachedKolada.Write(Path.Combine(folder, "cache"), KoladaOptions.DefaultBaseAddress, Answers());
        return rulesPath;
    }

    /// <summary>Kolada's answers as the client asks them: every kommun and region, the KPIs' metadata, and each KPI for the whole country.</summary>
    private static IEnumerable<(string Route, string Json)> Answers()
    {
        var random = new Random(23);
        var ids = Enumerable.Range(0, Kommuner).Select(i => (1100 + i).ToString(CultureInfo.InvariantCulture)).ToList();
        var municipalities = ids.Select(id => $"{{\"id\": \"{id}\", \"title\": \"Kommun {id}\", \"type\": \"K\"}}")
            .Concat(Enumerable.Range(1, 21).Select(r => $"{{\"id\": \"{r:00}\", \"title\": \"Region {r:00}\", \"type\": \"L\"}}"));
        yield return ("municipality", Page(municipalities));
        yield return ($"kpi/{string.Join(",", Kpis.Select(k => k.Kpi).Order(StringComparer.Ordinal))}", Page(Kpis.Select(k =>
            $"{{\"id\": \"{k.Kpi}\", \"title\": \"{k.Title}, ({k.Unit})\", \"is_divided_by_gender\": {(k.BySex ? 1 : 0)}, \"municipality_type\": \"K\"}}")));
        foreach (var k in Kpis)
        {
            var items = new List<string>();
            foreach (var id in ids)
            {
                foreach (var year in Years)
                {
                    string Value(string gender)
                    {
                        // About 2 % of values missing, 1 % flagged: what a comparison meets in Kolada.
                        var roll = random.NextDouble();
                        var value = Math.Round(k.Low + ((k.High - k.Low) * (decimal)random.NextDouble()), 1);
                        var text = roll < 0.02 ? "null" : value.ToString(CultureInfo.InvariantCulture);
                        var status = roll is >= 0.02 and < 0.03 ? "preliminär" : string.Empty;
                        return $"{{\"count\": 1, \"gender\": \"{gender}\", \"status\": \"{status}\", \"value\": {text}}}";
                    }

                    var values = k.BySex ? $"{Value("K")}, {Value("M")}, {Value("T")}" : Value("T");
                    items.Add($"{{\"kpi\": \"{k.Kpi}\", \"municipality\": \"{id}\", \"period\": \"{year}\", \"values\": [{values}]}}");
                }
            }

            yield return ($"data/kpi/{k.Kpi}/year/{string.Join(",", Years)}", Page(items));
        }
    }

    private static string Page(IEnumerable<string> items)
    {
        var list = items.ToList();
        return $"{{\"values\": [{string.Join(",\n", list)}], \"count\": {list.Count}}}";
    }
}
