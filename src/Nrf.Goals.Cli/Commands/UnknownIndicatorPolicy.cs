using System.CommandLine;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Values;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// <c>--allow-unknown-indicators</c>: whether values for indicators the rule set does not declare stop the command.
/// By default they do (exit 2): a misspelt <c>aproved_deficit_tkr</c> would otherwise be ignored with a warning while the
/// real indicator's <c>default: 0</c> stands in, and the verdict flips with nothing but a warning on stderr.
/// </summary>
internal sealed class UnknownIndicatorPolicy
{
    private readonly Option<bool> _allow = new("--allow-unknown-indicators")
    {
        Description = "Accept values for indicators the rule set does not declare (ignored with a warning), for a data file shared by several rule sets. Without it they are refused, since a misspelt id would let a default stand in.",
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(_allow);

    /// <summary>
    /// The errors for <paramref name="document"/>'s unknown indicators (its warnings of code
    /// <see cref="DiagnosticCodes.UnknownIndicator"/>, now errors), unless the option allows them; empty when there is nothing to refuse.
    /// </summary>
    public IReadOnlyList<Diagnostic> Refused(ParseResult result, ValuesDocument document) =>
        result.GetValue(_allow)
            ? []
            : document.Warnings.Where(w => w.Code == DiagnosticCodes.UnknownIndicator)
                .Select(w => w with { Severity = DiagnosticSeverity.Error })
                .ToList();

    /// <summary>The line after the refused indicators, saying why they stop the command and how to accept them.</summary>
    public const string Advice =
        "nrf-goals: values for indicators the rule set does not declare are refused: a misspelt id would let a default stand in; correct the ids, or pass --allow-unknown-indicators when the file is shared by several rule sets";
}
