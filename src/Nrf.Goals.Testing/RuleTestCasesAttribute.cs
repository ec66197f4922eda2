using System.Reflection;
using Nrf.Goals.Diagnostics;
using Xunit.Sdk;

namespace Nrf.Goals.Testing;

/// <summary>
/// Feeds a theory one case id (<c>file:name</c>) per case of the rule test files matching a path or glob, so Visual Studio's
/// Test Explorer shows one line per case. Paths are relative to the nearest folder above the test assembly where they
/// match (normally the repository root). Use with <see cref="RuleTest.Run"/>:
/// <code>
/// [Theory, RuleTestCases("rules/**/*.tests.yaml")]
/// public void Case(string testCase) => RuleTest.Run(testCase).ShouldPass();
/// </code>
/// A test file that cannot be loaded gives one row (its path), whose test fails with the file's located errors.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RuleTestCasesAttribute : DataAttribute
{
    /// <summary>Selects the test files: a path like <c>rules/nrf/2023-2025.tests.yaml</c> or a glob like <c>rules/**/*.tests.yaml</c>.</summary>
    public RuleTestCasesAttribute(string pathOrGlob)
    {
        PathOrGlob = pathOrGlob;
    }

    /// <summary>The path or glob given.</summary>
    public string PathOrGlob { get; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var files = RuleTestFiles.Find(PathOrGlob);
        if (files.Count == 0)
        {
            // One row that fails with a plain message beats xunit's "no data found".
            yield return [PathOrGlob];
            yield break;
        }

        foreach (var file in files)
        {
            IReadOnlyList<string> names;
            try
            {
                names = RuleTest.Load(file).Cases.Select(c => c.Name).ToList();
            }
            catch (NrfGoalsException)
            {
                names = [];
            }

            if (names.Count == 0)
            {
                yield return [file];
            }

            foreach (var name in names)
            {
                yield return [$"{file}:{name}"];
            }
        }
    }
}
