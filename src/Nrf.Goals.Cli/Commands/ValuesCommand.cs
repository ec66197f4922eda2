using System.CommandLine;
using System.Globalization;
using System.Text;
using Nrf.Goals.Cli.Kolada;
using Nrf.Goals.Cli.Output;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>nrf-goals values kolada --rules R --municipality 1442 --years 2021-2023 [--year Y] [--entity E] [--out FILE] [--kolada-…]</c>:
/// writes a values document with the rule set's <c>kolada:</c> indicators fetched from Kolada, each value with its
/// provenance (KPI, year, fetch date, Kolada's status flag) in a comment, a value Kolada lacks as
/// <c>{missing: saknas i Kolada}</c>. <c>evaluate</c>, <c>report</c> and <c>test</c> read it as any values document.
/// </summary>
internal static class ValuesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Option<string>("--rules") { Description = "The rule file (YAML) whose indicators name their Kolada KPI (kolada: N03102).", Required = true };
        var municipality = new Option<string>("--municipality") { Description = "The kommun or region: its code (1442, 25) or its name as Kolada writes it (Vårgårda, Region Norrbotten).", Required = true };
        var year = new Option<string?>("--year") { Description = "The year assessed (the document's year); default the last of --years." };
        var entity = new Option<string?>("--entity") { Description = "The document's entity; default the rule set's (which must name the kommun), else the kommun's name (vargarda)." };
        var outFile = new Option<string?>("--out") { Description = "Write to this file (atomically; folders are created) instead of stdout." };
        var kolada = new KoladaCommandOptions("The years to fetch, e.g. 2021-2023 or 2021,2023; the last is assessed unless --year says. Default --year and the two years before.");
        var fromKolada = new Command("kolada", "Fetch the rule set's kolada: indicators for one kommun or region from Kolada and write them as a values document.")
        {
            rules, municipality, year, entity, outFile,
        };
        kolada.AddTo(fromKolada);
        fromKolada.SetAction(result => CommandRunner.Run(error, () =>
        {
            var rulesPath = result.GetValue(rules)!;
            var outPath = result.GetValue(outFile);
            ReportOutput.CheckOut(outPath, "yaml", [rulesPath]);

            var problems = new List<string>();
            int? assessed = null;
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

            var given = result.GetValue(entity);
            if (given is not null && string.IsNullOrWhiteSpace(given))
            {
                problems.Add("nrf-goals: --entity: the entity is empty");
            }

            if (kolada.ReadOrReport(result, assessed, problems, error) is not { } settings)
            {
                return ExitCodes.BadInput;
            }

            var ruleSet = RuleSetLoader.Load(rulesPath);
            var yaml = OneMunicipality.Yaml(ruleSet, result.GetValue(municipality)!, given?.Trim(), settings, error, out var source);

            // What evaluate will read: the rule set's own checks (entity, validity) refuse the document before it is written.
            ValuesLoader.Parse(yaml, source, ruleSet);
            ReportOutput.Emit(Encoding.UTF8.GetBytes(yaml), outPath, output);
            return ExitCodes.Ok;
        }));

        return new Command("values", "Write values documents from other sources.") { fromKolada };
    }
}
