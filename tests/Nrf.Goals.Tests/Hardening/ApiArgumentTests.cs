using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// The public API's side of README's promise: a null argument is a programming error and says which parameter
/// (ArgumentNullException), and bad JSON of any kind is an <see cref="NrfGoalsException"/> (issue 15).
/// </summary>
public sealed class ApiArgumentTests
{
    public static TheoryData<string, Action> NullArguments() => new()
    {
        { "yaml", () => RuleSetLoader.Parse(null!) },
        { "path", () => RuleSetLoader.Load((string)null!) },
        { "stream", () => RuleSetLoader.Load((Stream)null!, "rules.yaml") },
        { "path", () => ValuesLoader.Load((string)null!) },
        { "stream", () => ValuesLoader.Load((Stream)null!, "values.yaml") },
        { "text", () => ValuesLoader.Parse(null!) },
        { "result", () => JsonReport.Write(null!) },
        { "result", () => JsonReport.Write(null!, new MemoryStream()) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void PublicEntryPoint_NullArgument_ThrowsArgumentNullExceptionNamingIt(string parameter, Action call)
    {
        call.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_ThrowsNrfGoalsExceptionAtTheEscape()
    {
        var json = "{\n  \"ruleSet\": \"x\\ud800\"\n}";

        var act = () => JsonReportReader.Read(json);

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "report.json:2:16: the report holds a text with half of a surrogate pair (an escape such as \\ud800 without its partner), which is no character");
    }
}
