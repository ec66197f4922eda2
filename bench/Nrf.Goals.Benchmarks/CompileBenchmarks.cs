using BenchmarkDotNet.Attributes;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Benchmarks;

/// <summary>2. Load + compile (through <see cref="Engine"/>): the NRF rule set from its file, and generated rule sets of 1 000 and 10 000 goals from YAML text.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _yaml = null!;

    /// <summary>The rule set: NRF's from its file, or a generated one of that many goals from YAML text.</summary>
    [Params("NRF (13 goals)", "1000 goals", "10000 goals")]
    public string RuleSet { get; set; } = "NRF (13 goals)";

    /// <summary>Reads or writes the rule set's YAML once (not measured).</summary>
    [GlobalSetup]
    public void Setup() => _yaml = RuleSet.StartsWith("NRF", StringComparison.Ordinal)
        ? File.ReadAllText(RepositoryFiles.NrfRules)
        : GeneratedRuleSets.Yaml(int.Parse(RuleSet.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Parse, check and compile the rule set.</summary>
    [Benchmark(Description = "load + compile")]
    public ICompiledRuleSet LoadAndCompile() => Engine.Compiler().Compile(RuleSetLoader.Parse(_yaml, "rules.yaml"));
}
