using BenchmarkDotNet.Attributes;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Runtime;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// 5. A live session (<see cref="LiveEvaluation"/>) of a generated rule set of 50 or 1 000 goals: one
/// <c>SetValue</c> that changes an indicator read by four goals (x0: goals 0, 1 and the two of its second indicator),
/// so their rules, the category and group rules over their outcomes and the verdict fire again, and the result is
/// rebuilt. Alternates between two values so that every call changes something.
/// </summary>
[MemoryDiagnoser]
public class LiveBenchmarks
{
    private LiveEvaluation _live = null!;
    private int _calls;

    /// <summary>Goals in the rule set.</summary>
    [Params(50, 1000)]
    public int Goals { get; set; }

    /// <summary>Compiles the rule set and opens a live session for one document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var compiled = (NRulesRuleSet)Engine.Compiler().Compile(RuleSetLoader.Parse(GeneratedRuleSets.Yaml(Goals), "generated.yaml"));
        _live = compiled.Open(GeneratedRuleSets.Documents(Goals, 1)[^1]);
    }

    /// <summary>One change of x0 for the document's year.</summary>
    [Benchmark(Description = "LiveEvaluation.SetValue")]
    public LiveChange SetValue() => _live.SetValue("x0", GeneratedRuleSets.FirstYear + GeneratedRuleSets.Years - 1, (_calls++ & 1) == 0 ? 10m : 90m);
}
