using System.Globalization;
using System.Text;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// The same inputs give byte-identical JSON: across independent loads and compilations, and whatever the current
/// culture (Swedish decimal comma, US, and Turkish, whose dotted and dotless i break culture-sensitive casing).
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { RepositoryPaths.Rules("nrf/2023-2025.yaml"), RepositoryPaths.Examples("nrf-2023-annual.yaml") },
        { Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Hardening", "Rules", "concurrency.yaml"), Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Hardening", "Rules", "concurrency-values.yaml") },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_SameInputsUnderSwedishUsAndTurkishCulture_GivesByteIdenticalJson(string rules, string values)
    {
        var reference = InCulture(CultureInfo.InvariantCulture, () => Json(rules, values));

        foreach (var culture in new[] { "sv-SE", "en-US", "tr-TR" })
        {
            InCulture(CultureInfo.GetCultureInfo(culture), () => Json(rules, values)).Should().Equal(reference, $"the JSON under {culture} must be the invariant culture's, byte for byte");
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_SameInputsLoadedAndCompiledTwice_GivesByteIdenticalJson(string rules, string values)
    {
        var first = Json(rules, values);
        var second = Json(rules, values);

        second.Should().Equal(first);
        Encoding.UTF8.GetString(first).Should().NotContainAny("\r", "\\u00", "T00:00");
    }

    [Fact]
    public void Write_UnderTurkishCulture_KeepsDecimalPointsInNumbersAndDecimalCommasInSwedishText()
    {
        var (rules, values) = (Inputs().ElementAt(1)[0], Inputs().ElementAt(1)[1]);
        var json = Encoding.UTF8.GetString(InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => Json((string)rules, (string)values)));

        json.Should().Contain("\"value\": 1000.125,").And.Contain("\"value\": -12.75,").And.Contain("\"value\": 71.5,");
        json.Should().Contain("\"explanation\": \"BG beslutsför vid 10 av 11 möten (90,9 %), mål minst 90 %\"");
    }

    private static byte[] Json(string rules, string values)
    {
        var ruleSet = RuleSetLoader.Load(rules);
        var result = new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesLoader.Load(values, ruleSet));
        using var stream = new MemoryStream();
        JsonReport.Write(result, stream);
        return stream.ToArray();
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
