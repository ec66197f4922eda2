using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Loading;

public sealed class SmokeTests
{
    [Fact]
    public void Load_ShippedNrfRules_HasThirteenGoals()
    {
        RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")).Goals.Should().HaveCount(13);
    }
}
