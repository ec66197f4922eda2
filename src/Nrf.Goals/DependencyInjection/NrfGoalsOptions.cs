namespace Nrf.Goals.DependencyInjection;

/// <summary>Options of <c>services.AddNrfGoals(…)</c>.</summary>
public sealed class NrfGoalsOptions
{
    /// <summary>Rule files to load (once, on first use) and compile.</summary>
    public IList<string> RuleFiles { get; } = new List<string>();
}
