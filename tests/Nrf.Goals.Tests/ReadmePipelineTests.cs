using System.Text.RegularExpressions;

namespace Nrf.Goals.Tests;

/// <summary>README's Pipeline table is the map a newcomer reads first: every path it names must exist in the tree.</summary>
public sealed partial class ReadmePipelineTests
{
    [Fact]
    public void PipelineTable_EveryPathItNames_ExistsInTheRepository()
    {
        var paths = PipelinePaths().ToList();

        paths.Should().HaveCountGreaterThan(10, "the table names a folder or file for every stage");
        paths.Where(p => !File.Exists(Path.Combine(RepositoryPaths.Root, p)) && !Directory.Exists(Path.Combine(RepositoryPaths.Root, p)))
            .Should().BeEmpty("README's Pipeline table must match the tree");
    }

    [Fact]
    public void PipelineTable_EveryTypeItNames_IsDeclaredUnderThePathsOfItsRow()
    {
        var missing = new List<string>();
        foreach (var row in PipelineRows())
        {
            var sources = row.Paths
                .Select(p => Path.Combine(RepositoryPaths.Root, p))
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.cs", SearchOption.AllDirectories) : File.Exists(p) ? [p] : [])
                .Select(File.ReadAllText)
                .ToList();
            missing.AddRange(row.Types.Where(type => !sources.Any(text => Regex.IsMatch(text, $@"\b(class|record|interface|enum|struct)\s+{Regex.Escape(type)}\b"))));
        }

        missing.Should().BeEmpty("every type README's Pipeline table names is declared where its row says");
    }

    private static IEnumerable<string> PipelinePaths() => PipelineRows().SelectMany(r => r.Paths).Distinct(StringComparer.Ordinal);

    private static IEnumerable<(List<string> Paths, List<string> Types)> PipelineRows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var table = readme[readme.IndexOf("## Pipeline", StringComparison.Ordinal)..readme.IndexOf("### What NRules does here", StringComparison.Ordinal)];
        foreach (var line in table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("`src/", StringComparison.Ordinal)))
        {
            var code = CodeSpan().Matches(line).Select(m => m.Groups[1].Value).ToList();
            var paths = code.Where(c => c.StartsWith("src/", StringComparison.Ordinal)).ToList();
            var types = code.Where(c => TypeName().IsMatch(c)).ToList();
            yield return (paths, types);
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex TypeName();
}
