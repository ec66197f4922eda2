using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>The NRF rule set and its shipped examples, evaluated once per test class.</summary>
public sealed class ReportFixture
{
    public ReportFixture()
    {
        RuleSet = RuleSetLoader.Load(RulesPath);
        var compiled = new NRulesCompiler().Compile(RuleSet);
        Annual = compiled.Evaluate(ValuesLoader.Load(AnnualPath, RuleSet));
        Interim = compiled.Evaluate(ValuesLoader.Load(InterimPath, RuleSet));
        Next = compiled.Evaluate(ValuesLoader.Load(NextYearPath, RuleSet));
    }

    public static string RulesPath { get; } = RepositoryPaths.Rules("nrf/2023-2025.yaml");

    public static string AnnualPath { get; } = RepositoryPaths.Examples("nrf-2023-annual.yaml");

    /// <summary>DÅ 08 2023: six of ten operational goals and a forecast deficit, so the verdict is not met.</summary>
    public static string InterimPath { get; } = RepositoryPaths.Examples("nrf-2023-interim-da08.yaml");

    public static string NextYearPath { get; } = Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Reporting", "Fixtures", "nrf-2024-annual.yaml");

    public RuleSet RuleSet { get; }

    public EvaluationResult Annual { get; }

    public EvaluationResult Interim { get; }

    public EvaluationResult Next { get; }
}
