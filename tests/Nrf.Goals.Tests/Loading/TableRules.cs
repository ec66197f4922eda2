using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Tables;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Rule sets and loaders shared by the CSV and Excel tests.</summary>
internal static class TableRules
{
    private static readonly Lazy<RuleSet> NrfRules = new(() => RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")));

    private static readonly Lazy<RuleSet> KommunRules = new(() => RuleSetLoader.Parse(
        "id: kommun-test\n" +
        "title: Testkommun\n" +
        "entity: testkommun\n" +
        "validity: {from: 2023, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "dimensions:\n" +
        "  ort: [luleå, piteå, älvsbyn]\n" +
        "indicators:\n" +
        "  - {id: invanare, title: Invånare per ort, by: ort}\n" +
        "  - {id: metodbank, title: En samlad metodbank finns, type: assessment}\n" +
        "  - {id: saldo, title: Saldo, unit: kr, by: date}\n" +
        "  - {id: klart, title: Återrapportering lämnad, type: yes-no}\n" +
        "  - {id: resultat, title: Resultat, unit: tkr}\n" +
        "goals:\n" +
        "  - {id: m1, title: Metodbank, category: operational, criterion: {manual: metodbank}}\n" +
        "  - {id: m2, title: Återrapportering, category: operational, criterion: klart}\n" +
        "  - {id: m3, title: Likviditet, category: financial, criterion: min(saldo) >= 0}\n" +
        "  - {id: m4, title: Resultat, category: financial, criterion: resultat >= 0}\n",
        "kommun.yaml"));

    public static RuleSet NrfRuleSet => NrfRules.Value;

    /// <summary>A small rule set with å/ä/ö in breakdown keys, a manual assessment, a dated series and a yes/no indicator.</summary>
    public static RuleSet Kommun => KommunRules.Value;

    /// <summary>
    /// Loads a table. The tables of these tests name no report on purpose, so the warning that the annual report was
    /// assumed (<see cref="Diagnostics.DiagnosticCodes.ReportAssumed"/>, covered by TableHeaderRowsTests) is left out.
    /// </summary>
    public static ValuesDocument Load(byte[] bytes, string name, RuleSet ruleSet, ValuesHeaderOverrides? overrides = null)
    {
        using var stream = new MemoryStream(bytes);
        var document = ValuesTables.Load(stream, name, ruleSet, overrides);
        return document with { Warnings = [.. document.Warnings.Where(w => w.Code != Diagnostics.DiagnosticCodes.ReportAssumed)] };
    }

    /// <summary>The problems of a table that fails to load, without the warning that the annual report was assumed.</summary>
    public static string[] Errors(byte[] bytes, string name, RuleSet ruleSet, ValuesHeaderOverrides? overrides = null)
    {
        var act = () => Load(bytes, name, ruleSet, overrides);
        return act.Should().Throw<Diagnostics.NrfGoalsException>().Which.Diagnostics
            .Where(d => d.Code != Diagnostics.DiagnosticCodes.ReportAssumed).Select(d => d.ToString()).ToArray();
    }

    /// <summary>Loads a table with every warning.</summary>
    public static ValuesDocument LoadAsIs(byte[] bytes, string name, RuleSet ruleSet, ValuesHeaderOverrides? overrides = null)
    {
        using var stream = new MemoryStream(bytes);
        return ValuesTables.Load(stream, name, ruleSet, overrides);
    }
}
