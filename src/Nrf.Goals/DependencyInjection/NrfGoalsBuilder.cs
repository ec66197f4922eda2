using Microsoft.Extensions.DependencyInjection;

namespace Nrf.Goals.DependencyInjection;

internal sealed class NrfGoalsBuilder(IServiceCollection services) : INrfGoalsBuilder
{
    public IServiceCollection Services { get; } = services;
}
