using System.Text;

namespace Nrf.Goals.Tests.Reporting;

/// <summary>
/// Compares output with a checked-in expected file and fails with the first differing line and its neighbours.
/// After an intended change, run the tests with NRF_UPDATE_GOLDEN=1 to rewrite the files, and review the git diff.
/// </summary>
internal static class GoldenFile
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Reporting", "Golden", name);

    public static void AssertMatches(string name, string actual)
    {
        var path = Path(name);
        if (Environment.GetEnvironmentVariable("NRF_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        File.Exists(path).Should().BeTrue($"the golden file {path} should exist (run once with NRF_UPDATE_GOLDEN=1 to create it)");
        var expected = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        var diff = new StringBuilder($"{name} differs from the golden file at line {line + 1}:\n");
        for (var i = Math.Max(0, line - 2); i < line; i++)
        {
            diff.Append("  ").Append(e[i]).Append('\n');
        }

        diff.Append("- ").Append(line < e.Length ? e[line] : "<end of file>").Append('\n');
        diff.Append("+ ").Append(line < a.Length ? a[line] : "<end of file>").Append('\n');
        diff.Append($"(expected {e.Length} lines, got {a.Length}; set NRF_UPDATE_GOLDEN=1 to accept the new output)");
        Assert.Fail(diff.ToString());
    }
}
