using Microsoft.Extensions.DependencyInjection.Extensions;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Evaluation;

// Extension methods for IServiceCollection live in its namespace, as Microsoft.Extensions packages do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Nrf.Goals with a service collection.</summary>
public static class NrfGoalsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGoalEvaluator"/> (a singleton that loads and compiles the configured rule files once).
    /// Choose the engine on the returned builder, e.g. <c>services.AddNrfGoals(o => o.RuleFiles.Add("rules/nrf/2023-2025.yaml")).UseNRules();</c>
    /// </summary>
    public static INrfGoalsBuilder AddNrfGoals(this IServiceCollection services, Action<NrfGoalsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new NrfGoalsOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IGoalEvaluator, GoalEvaluator>();
        return new NrfGoalsBuilder(services);
    }
}
