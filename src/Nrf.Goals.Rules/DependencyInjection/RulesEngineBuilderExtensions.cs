using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Rules.DependencyInjection;

/// <summary>Chooses Microsoft RulesEngine as the engine of <c>AddNrfGoals</c>.</summary>
public static class RulesEngineBuilderExtensions
{
    /// <summary>Compiles rule sets with <see cref="RulesEngineCompiler"/>.</summary>
    public static INrfGoalsBuilder UseRulesEngine(this INrfGoalsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IRuleSetCompiler, RulesEngineCompiler>();
        return builder;
    }
}
