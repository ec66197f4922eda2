using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Tests.Loading;

/// <summary>Loads text that must fail and returns the diagnostics as <c>file:line:column: message</c> lines.</summary>
internal static class LoadAssertions
{
    public static string[] RuleErrors(string yaml)
    {
        var act = () => RuleSetLoader.Parse(yaml, "rules.yaml");
        return act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    public static string[] ValueErrors(string yaml, RuleSet? ruleSet = null)
    {
        var act = () => ValuesLoader.Parse(yaml, "values.yaml", ruleSet);
        return act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    public static ValuesDocument Values(string yaml, RuleSet? ruleSet = null) => ValuesLoader.Parse(yaml, "values.yaml", ruleSet);
}
