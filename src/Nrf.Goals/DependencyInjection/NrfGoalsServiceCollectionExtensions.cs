using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nrf.Goals.DependencyInjection;
using Nrf.Goals.Evaluation;

// Extension methods for IServiceCollection live in its namespace, as Microsoft.Extensions packages do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Nrf.Goals with a service collection.</summary>
public static class NrfGoalsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGoalEvaluator"/>, a singleton that loads and compiles the configured rule sets once, and
    /// validates <see cref="NrfGoalsOptions"/> on the host's start by compiling them: a broken rule file stops the
    /// start with its problems, each at its line and column. Every call adds to the same options. Choose the engine on
    /// the returned builder: <c>services.AddNrfGoals(o => o.RuleFiles.Add("rules/nrf/2023-2025.yaml")).UseNRules();</c>
    /// </summary>
    public static INrfGoalsBuilder AddNrfGoals(this IServiceCollection services, Action<NrfGoalsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<NrfGoalsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(options);
    }

    /// <summary>
    /// Registers Nrf.Goals as <see cref="AddNrfGoals(IServiceCollection, Action{NrfGoalsOptions})"/> does, with the
    /// options bound from <paramref name="configuration"/> (e.g. the section <c>NrfGoals</c> with <c>RuleFiles</c> and
    /// <c>ReloadOnChange</c>), then <paramref name="configure"/>.
    /// </summary>
    public static INrfGoalsBuilder AddNrfGoals(this IServiceCollection services, IConfiguration configuration, Action<NrfGoalsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<NrfGoalsOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(options);
    }

    private static NrfGoalsBuilder AddCore(OptionsBuilder<NrfGoalsOptions> options)
    {
        var services = options.Services;
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NrfGoalsOptions>, NrfGoalsOptionsValidation>());
        services.TryAddSingleton(sp => new RuleSetCompilation(
            sp.GetService<IRuleSetCompiler>() ?? throw new InvalidOperationException(
                "Nrf.Goals has no rules engine: call UseNRules() (package Nrf.Goals.Rules) on what AddNrfGoals returns, e.g. services.AddNrfGoals(…).UseNRules()."),
            sp.GetService<Logging.ILoggerFactory>(),
            sp.GetService<Hosting.IHostEnvironment>()));
        services.TryAddSingleton<IGoalEvaluator, GoalEvaluator>();
        return new NrfGoalsBuilder(services);
    }
}
