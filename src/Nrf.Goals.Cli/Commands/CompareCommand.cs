using System.CommandLine;
using System.Globalization;
using System.Text;
using Nrf.Goals.Cli.Kolada;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Kolada;
using Nrf.Goals.Loading;
using Nrf.Goals.Reports;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals compare --rules R --kolada all-kommuner|all-regioner|GROUP --year 2023 [--years …] [--format md|html|csv|xlsx] [--lang sv|en] [--out FILE] [--kolada-…]</c>:
/// judges one rule set for every kommun (or region, or member of a Kolada municipality group) on Kolada's values —
/// fetched once per KPI for all of them, evaluated in parallel, statuses only — and writes how many meet each goal and
/// a table of every entity's goal statuses and verdict.
/// </summary>
internal static class CompareCommand
{
    /// <summary>Every kommun; every region.</summary>
    public const string AllKommuner = "all-kommuner";

    /// <inheritdoc cref="AllKommuner"/>
    public const string AllRegioner = "all-regioner";

    public static Command Create(TextWriter output, TextWriter error, bool showProgress)
    {
        var rules = new Option<string>("--rules") { Description = "The rule file (YAML) whose indicators name their Kolada KPI (kolada: N03102).", Required = true };
        var scope = new Option<string>("--kolada") { Description = $"Whom to compare: {AllKommuner}, {AllRegioner}, or a Kolada municipality group's id (e.g. G37411).", Required = true };
        var year = new Option<string?>("--year") { Description = "The year assessed, e.g. 2023; default the last of --years." };
        var format = new Option<string>("--format") { Description = "md (default), html (columns sortable), csv (Swedish Excel: ';', UTF-8) or xlsx (needs --out).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "csv", "xlsx");
        var lang = new Option<string>("--lang") { Description = "Language of the text: sv (default) or en.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var outFile = new Option<string?>("--out") { Description = "Write to this file (atomically; folders are created) instead of stdout." };
        var kolada = new KoladaCommandOptions("The years to fetch, e.g. 2021-2023; the last is assessed unless --year says. Default --year and the two years before.");
        var command = new Command("compare", "Judge one rule set for every kommun or region on Kolada's values and write how many meet each goal, with a table of all of them.")
        {
            rules, scope, year, format, lang, outFile,
        };
        kolada.AddTo(command);
        command.SetAction(result => CommandRunner.Run(error, () =>
        {
            var rulesPath = result.GetValue(rules)!;
            var outPath = result.GetValue(outFile);
            var chosen = result.GetValue(format)!;
            ReportOutput.CheckOut(outPath, chosen, [rulesPath]);

            int? assessed = null;
            var problems = new List<string>();
            if (result.GetValue(year) is { } yearText)
            {
                if (int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 9999)
                {
                    assessed = y;
                }
                else
                {
                    problems.Add($"nrf-goals: --year: '{yearText}' is not a year like 2023");
                }
            }

            if (kolada.ReadOrReport(result, assessed, problems, error) is not { } settings)
            {
                return ExitCodes.BadInput;
            }

            var ruleSet = RuleSetLoader.Load(rulesPath);
            if (settings.Year < ruleSet.ValidFrom || settings.Year > ruleSet.ValidTo)
            {
                throw new UsageException($"the year {settings.Year} is outside the rule set's validity {ruleSet.ValidFrom}–{ruleSet.ValidTo}");
            }

            var indicators = OneMunicipality.Indicators(ruleSet, error);
            var compiling = Task.Run(() => new NRulesCompiler().Compile(ruleSet));
            var language = ReportOutput.Language(result.GetValue(lang));
            using var session = KoladaSession.Open(settings);
            var (title, places) = session.Run(client => Entities(client, result.GetValue(scope)!.Trim(), language));
            var progress = showProgress ? new ProgressBar(error, $"Kolada, {places.Count} {(places.All(p => p.Type == KoladaMunicipalityType.Region) ? "regioner" : "kommuner")}") : null;
            var sets = session.Run(client => KoladaValues.FetchManyAsync(client, indicators, places, settings.Years, progress));
            WarnOfOtherType(sets[0].Kpis, places, error);

            var documents = Documents(sets, ruleSet, settings);
            var results = compiling.GetAwaiter().GetResult().EvaluateMany(documents, detail: EvaluationDetail.StatusesOnly);
            var entities = sets.Select((s, i) => new ComparedEntity(s.Municipality.Title, s.Municipality.Id, s.Municipality.Type == KoladaMunicipalityType.Region, results[i])).ToList();
            var bytes = chosen switch
            {
                "csv" => TableFiles.Csv(ComparisonReport.Table(ruleSet, entities, language)),
                "xlsx" => TableFiles.Xlsx(ComparisonReport.Table(ruleSet, entities, language)),
                _ => ReportOutput.Render(ComparisonReport.Build(ruleSet, title, entities, language), chosen),
            };
            ReportOutput.Emit(bytes, outPath, output);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The kommuner, regions or group members <paramref name="scope"/> names, ordered by code, and what to call them in the title.</summary>
    private static async Task<(string Title, List<KoladaMunicipality> Places)> Entities(KoladaClient client, string scope, ReportLanguage language)
    {
        var sv = language == ReportLanguage.Swedish;
        var all = await client.GetMunicipalitiesAsync().ConfigureAwait(false);
        static List<KoladaMunicipality> ByCode(IEnumerable<KoladaMunicipality> places) => [.. places.OrderBy(p => p.Id, StringComparer.Ordinal)];
        switch (scope.ToLowerInvariant())
        {
            case AllKommuner:
                return (sv ? "alla kommuner" : "all municipalities", ByCode(all.Where(m => m.Type == KoladaMunicipalityType.Kommun)));
            case AllRegioner:
                return (sv ? "alla regioner" : "all regions", ByCode(all.Where(m => m.Type == KoladaMunicipalityType.Region)));
        }

        var groups = await client.GetMunicipalityGroupsAsync().ConfigureAwait(false);
        var group = groups.FirstOrDefault(g => string.Equals(g.Id, scope, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException(
                $"--kolada: Kolada has no municipality group '{scope}'{Suggestions.DidYouMean(scope, groups.Select(g => g.Id).Concat([AllKommuner, AllRegioner]))}; give {AllKommuner}, {AllRegioner} or a group's id such as G37411");
        if (group.Members.IsDefaultOrEmpty)
        {
            throw new UsageException($"--kolada: Kolada's group {group.Id} ({group.Title}) has no members");
        }

        var known = all.ToDictionary(m => m.Id, StringComparer.Ordinal);
        return (group.Title, ByCode(group.Members.DistinctBy(m => m.Id).Select(m => known.GetValueOrDefault(m.Id)
            ?? new KoladaMunicipality(m.Id, m.Title, m.Id.Length == 2 ? KoladaMunicipalityType.Region : KoladaMunicipalityType.Kommun))));
    }

    /// <summary>A warning for each KPI Kolada keeps for the other kind of entity (a kommun KPI compared across regions): none of them has a value for it.</summary>
    private static void WarnOfOtherType(IEnumerable<KoladaKpi> kpis, List<KoladaMunicipality> places, TextWriter error)
    {
        var kind = places.All(p => p.Type == KoladaMunicipalityType.Region) ? "L" : places.All(p => p.Type == KoladaMunicipalityType.Kommun) ? "K" : null;
        foreach (var kpi in kpis.Where(k => kind is not null && k.MunicipalityType is "K" or "L" && k.MunicipalityType != kind))
        {
            error.WriteLine($"nrf-goals: warning: Kolada keeps {kpi.Id} ({DisplayText.Clean(kpi.Title)}) for {(kpi.MunicipalityType == "K" ? "kommuner" : "regioner")}, so the {(kind == "K" ? "kommuner" : "regioner")} compared have no values for it; the goals that read it cannot be assessed");
        }
    }

    /// <summary>Each entity's values document; the rule set's entity, if it names one, stands for each (the rule set is judged for all of them).</summary>
    /// <exception cref="NrfGoalsException">Values that do not fit the rule set, for every entity whose do not.</exception>
    private static List<ValuesDocument> Documents(IReadOnlyList<KoladaValueSet> sets, Model.RuleSet ruleSet, KoladaSettings settings)
    {
        var documents = new ValuesDocument[sets.Count];
        var problems = new System.Collections.Concurrent.ConcurrentBag<(int Index, IReadOnlyList<Diagnostic> Diagnostics)>();
        Parallel.For(0, sets.Count, i =>
        {
            var place = sets[i].Municipality;
            try
            {
                documents[i] = sets[i].ToDocument(ruleSet, ruleSet.Entity ?? EntityNames.Slug(place.Title), settings.Year, settings.UseUncertain);
            }
            catch (NrfGoalsException e)
            {
                problems.Add((i, e.Diagnostics));
            }
        });
        if (!problems.IsEmpty)
        {
            throw new NrfGoalsException([.. problems.OrderBy(p => p.Index).SelectMany(p => p.Diagnostics)]);
        }

        return [.. documents];
    }
}
