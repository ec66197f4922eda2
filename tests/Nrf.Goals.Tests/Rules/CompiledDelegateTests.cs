using Nrf.Goals.Loading;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;

namespace Nrf.Goals.Tests.Rules;

/// <summary>The rules' delegates, compiled once at load, give what the engine gives when it executes the workflow.</summary>
public sealed class CompiledDelegateTests : IClassFixture<NrfFixture>
{
    private readonly NrfFixture _nrf;

    public CompiledDelegateTests(NrfFixture nrf) => _nrf = nrf;

    [Fact]
    public void Evaluate_CompiledDelegates_SameResultsAsExecutingTheWorkflow()
    {
        var compiled = (CompiledRuleSet)_nrf.Compiled;
        var documents = new EvaluateManyTests(_nrf).VariedDocuments();

        var throughWorkflow = documents.Select(d => JsonReport.Write(compiled.Evaluate(d, throughWorkflow: true)));

        documents.Select(d => JsonReport.Write(compiled.Evaluate(d))).Should().Equal(throughWorkflow);
    }

    [Fact]
    public void Compile_NrfRuleSet_OneDelegatePerWorkflowRule()
    {
        var compiled = (CompiledRuleSet)_nrf.Compiled;

        compiled.Workflow.Rules.Select(r => r.Expression).Should().Equal(compiled.Rules.Select(r => r.EngineExpression));
        compiled.RuleCount.Should().Be(compiled.Rules.Length);
    }
}
