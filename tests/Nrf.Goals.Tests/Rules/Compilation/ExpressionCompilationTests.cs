using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules.Compilation;

/// <summary>Compiled, interpreted and tiered expressions (interpreted until a rule has run a few times, then compiled) give the same results.</summary>
public sealed class ExpressionCompilationTests
{
    [Fact]
    public void Evaluate_NorrbottenTwentyTimesOver_TieredInterpretedAndCompiledGiveTheSameJsonBeforeAndAfterTheSwitch()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("region-norrbotten/rs-plan-2020.yaml"));
        var example = ValuesLoader.Load(RepositoryPaths.Examples("region-norrbotten-2020-dap08.yaml"), ruleSet);
        var documents = new[] { 2020, 2021, 2022 }.Select(year => example with { Year = year }).ToList();
        var compiled = new NRulesCompiler(null, ExpressionCompilation.Compiled).CompileToNRules(ruleSet);
        var interpreted = new NRulesCompiler(null, ExpressionCompilation.Interpreted).CompileToNRules(ruleSet);
        var tiered = new NRulesCompiler(null, ExpressionCompilation.Auto).CompileToNRules(ruleSet);

        // 3 documents × 10 rounds: every rule crosses the tiered switch (16 calls) on the way, in both shapes.
        for (var round = 0; round < 10; round++)
        {
            foreach (var document in documents)
            {
                var expected = JsonReport.Write(compiled.Evaluate(document));
                JsonReport.Write(interpreted.Evaluate(document)).Should().Be(expected);
                JsonReport.Write(tiered.Evaluate(document)).Should().Be(expected, "round {0}, {1}", round, document.Year);
                JsonReport.Write(tiered.EvaluateWithInputs(document)).Should().Be(expected, "round {0}, {1}", round, document.Year);
            }
        }
    }
}
