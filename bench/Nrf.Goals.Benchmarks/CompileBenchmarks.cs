using BenchmarkDotNet.Attributes;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Benchmarks;

/// <summary>2. Load + compile: the NRF rule set from its file, and generated rule sets of 1 000 and 10 000 goals from YAML text.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _yaml = null!;

    /// <summary>Goals in the generated rule set.</summary>
    [Params(1_000, 10_000)]
    public int Goals { get; set; }

    /// <summary>Writes the generated rule set's YAML once (not measured).</summary>
    [GlobalSetup]
    public void Setup() => _yaml = GeneratedRuleSets.Yaml(Goals);

    /// <summary>Load and compile the NRF rule set (13 goals) from its file.</summary>
    [Benchmark(Description = "load + compile NRF (13 goals)")]
    public ICompiledRuleSet Nrf() => new RulesEngineCompiler().Compile(RuleSetLoader.Load(RepositoryFiles.NrfRules));

    /// <summary>Parse and compile the generated rule set.</summary>
    [Benchmark(Description = "load + compile generated")]
    public ICompiledRuleSet Generated() => new RulesEngineCompiler().Compile(RuleSetLoader.Parse(_yaml, "generated.yaml"));
}
