using Microsoft.Extensions.Options;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.DependencyInjection;

/// <summary>
/// Loads and compiles every configured rule set when the options are validated — on the host's start, with
/// <c>ValidateOnStart</c> — so that a broken rule file stops the start with its problems (<c>file:line:column: message</c>),
/// not the first request. What it compiles is kept for the evaluator; once that succeeded, validating options rebuilt by
/// a configuration reload compiles nothing again.
/// </summary>
internal sealed class NrfGoalsOptionsValidation(RuleSetCompilation compilation) : IValidateOptions<NrfGoalsOptions>
{
    public ValidateOptionsResult Validate(string? name, NrfGoalsOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            compilation.For(options);
            return ValidateOptionsResult.Success;
        }
        catch (NrfGoalsException e)
        {
            return ValidateOptionsResult.Fail(e.Diagnostics.Select(d => d.ToString()));
        }
    }
}
