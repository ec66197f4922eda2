using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Rules.DependencyInjection;

/// <summary>Chooses NRules as the engine of <c>AddNrfGoals</c>.</summary>
public static class NRulesBuilderExtensions
{
    /// <summary>Compiles rule sets with <see cref="NRulesCompiler"/>, logging to the container's <see cref="ILoggerFactory"/> when it has one.</summary>
    public static INrfGoalsBuilder UseNRules(this INrfGoalsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IRuleSetCompiler>(sp => new NRulesCompiler(sp.GetService<ILoggerFactory>()));
        return builder;
    }
}
