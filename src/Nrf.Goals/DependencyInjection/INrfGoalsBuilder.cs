using Microsoft.Extensions.DependencyInjection;

namespace Nrf.Goals.DependencyInjection;

/// <summary>Returned by <c>AddNrfGoals</c> to choose the rules engine, e.g. <c>.UseNRules()</c> from Nrf.Goals.Rules.</summary>
public interface INrfGoalsBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}
