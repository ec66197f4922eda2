using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Tables;

namespace Nrf.Goals.Testing;

/// <summary>
/// Runs rule test cases from xunit: <c>RuleTest.Run("rules/nrf/2023-2025.tests.yaml:mal-4 met at exactly 90 %").ShouldPass()</c>.
/// Files are loaded and rule sets compiled once per test run (to NRules rules), then reused by every case.
/// </summary>
public static class RuleTest
{
    private static readonly object Gate = new();
    private static readonly RuleTestLoader Loader = new((path, ruleSet) => ValuesTables.Load(path, ruleSet));
    private static readonly Dictionary<string, RuleTestFile> Files = new(StringComparer.Ordinal);
    private static readonly RuleTestRunner Runner = new(new NRulesCompiler());

    /// <summary>
    /// Runs the case <paramref name="testCase"/>, written <c>file:name</c> as <see cref="RuleTestCasesAttribute"/> yields it
    /// (the file relative to the repository root, or absolute).
    /// </summary>
    /// <exception cref="Diagnostics.NrfGoalsException">The test file, its rule file or a values file is invalid; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">No such test file.</exception>
    /// <exception cref="ArgumentException">The file has no case with that name.</exception>
    public static RuleTestOutcome Run(string testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var split = testCase.IndexOf(RuleTestLoader.Suffix + ":", StringComparison.OrdinalIgnoreCase);
        var file = split < 0 ? testCase : testCase[..(split + RuleTestLoader.Suffix.Length)];
        var name = split < 0 ? null : testCase[(split + RuleTestLoader.Suffix.Length + 1)..];
        var tests = Load(file);
        if (name is null)
        {
            throw new ArgumentException($"'{testCase}' names no case; write it as <test file>:<case name>.", nameof(testCase));
        }

        var found = tests.Cases.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"{file} has no case named '{name}'; its cases are: {string.Join(", ", tests.Cases.Select(c => c.Name))}.", nameof(testCase));
        return Runner.Run(found);
    }

    /// <summary>Loads (once) the test file <paramref name="file"/>, relative to the repository root or absolute.</summary>
    /// <exception cref="Diagnostics.NrfGoalsException">The test file, its rule file or a values file is invalid; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">No such test file.</exception>
    public static RuleTestFile Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        lock (Gate)
        {
            if (!Files.TryGetValue(file, out var tests))
            {
                var full = RuleTestFiles.Locate(file);
                tests = Loader.Load(full);
                Files[file] = tests;
            }

            return tests;
        }
    }

    /// <summary>Compiles <paramref name="rulesFile"/> (relative to the repository root or absolute) and evaluates a values file against it — for hand-written facts.</summary>
    public static Results.EvaluationResult Evaluate(string rulesFile, string valuesFile)
    {
        var ruleSet = RuleSetLoader.Load(RuleTestFiles.Locate(rulesFile));
        return new NRulesCompiler().Compile(ruleSet).Evaluate(ValuesTables.Load(RuleTestFiles.Locate(valuesFile), ruleSet));
    }
}
