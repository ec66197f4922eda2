using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.RuleTests;

/// <summary>A loaded rule test file (<c>*.tests.yaml</c>): the rule set it tests and its cases, every value already read and checked.</summary>
/// <param name="Path">The test file's path, as it was given.</param>
/// <param name="RuleSet">The rule set under test.</param>
/// <param name="Cases">The cases, in file order.</param>
public sealed record RuleTestFile(string Path, RuleSet RuleSet, ImmutableArray<RuleTestCase> Cases)
{
    /// <summary>Warnings from the values files the cases use (e.g. values for an indicator the rule set does not declare).</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = ImmutableArray<Diagnostic>.Empty;
}
