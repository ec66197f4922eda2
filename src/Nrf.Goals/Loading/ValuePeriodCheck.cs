using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Loading;

/// <summary>
/// Checks that every value of an indicator with a declared <see cref="Indicator.Period"/> is of that kind, for every
/// values format: a value that says it covers another kind (the year to date for a per-tertial count) is refused at the
/// statement, and a value that says nothing where the report leaves it open (DÅ 08: a tertial, the year to date and a
/// forecast for the year all differ) is refused at the value — never compared with a target of another kind.
/// </summary>
internal static class ValuePeriodCheck
{
    /// <summary>How a YAML or JSON document states what a value covers, for messages.</summary>
    public static string InDocument(string id, ValuePeriod period) => $"covers: {{{id}: {ValuePeriodNames.Name(period)}}}";

    /// <summary>How a CSV or Excel table states what a value covers, for messages.</summary>
    public static string InTable(string id, ValuePeriod period) => $"'{ValuePeriodNames.Name(period)}' in the covers (avser) column of the rows of '{id}'";

    /// <summary>Reports each indicator whose values are not of its declared kind in <paramref name="document"/>'s report.</summary>
    /// <param name="document">The loaded document.</param>
    /// <param name="ruleSet">The rule set declaring the periods; nothing is checked without it.</param>
    /// <param name="howToState">How the format states a value's kind, for the message.</param>
    /// <param name="bag">Where problems go.</param>
    public static void Check(ValuesDocument document, RuleSet? ruleSet, Func<string, ValuePeriod, string> howToState, DiagnosticBag bag)
    {
        if (ruleSet is null)
        {
            return;
        }

        foreach (var (id, stated) in document.Covers)
        {
            // A statement the rule set cannot use is most likely a typo for another indicator or a forgotten declaration.
            if (ruleSet.FindIndicator(id) is { Period: null })
            {
                bag.Warning(document.CoversLocations.TryGetValue(id, out var at) ? at : document.Locations.GetValueOrDefault(id), $"the values say '{id}' covers {ValuePeriodNames.Name(stated)}, but the rule set '{ruleSet.Id}' declares no period for '{id}', so the statement is not used");
            }
        }

        var report = document.EffectivePeriod;
        var reportName = report is { } r ? ReportPeriodNames.Display(r) : "an interim report without period or asOf";
        foreach (var id in document.Values.Keys)
        {
            if (ruleSet.FindIndicator(id) is not { Period: { } declared })
            {
                continue;
            }

            var what = $"'{id}' is declared with period: {ValuePeriodNames.Name(declared)}, so its value {(report is null ? "is" : "here is")} {ValuePeriodNames.Describe(declared, report)}";
            if (document.Covers.TryGetValue(id, out var stated))
            {
                if (!ValuePeriodNames.Same(stated, declared, report))
                {
                    bag.Error(document.CoversLocations.TryGetValue(id, out var at) ? at : document.Locations.GetValueOrDefault(id), $"{what}, but the values say they cover {ValuePeriodNames.Describe(stated, report)}; send the value for {ValuePeriodNames.Describe(declared, report)} and state {howToState(id, declared)}");
                }
            }
            else if (!ValuePeriodNames.Unambiguous(declared, report))
            {
                bag.Error(document.Locations.GetValueOrDefault(id), $"{what}, but in {reportName} a value could cover {Readings(report)}; say which with {howToState(id, declared)}");
            }
        }
    }

    /// <summary>The counts over months a value could be in the report, in plain words: "…, … or …".</summary>
    private static string Readings(ReportPeriod? report)
    {
        var readings = new[] { ValuePeriod.Tertial, ValuePeriod.YearToDate, ValuePeriod.Year }.Select(p => ValuePeriodNames.Describe(p, report)).Distinct().ToArray();
        return string.Join(", ", readings[..^1]) + " or " + readings[^1];
    }
}
