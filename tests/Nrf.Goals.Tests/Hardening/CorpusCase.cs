using System.Text;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// One malformed input file of <c>Hardening/Corpus/</c> and the diagnostics it must produce. The expectations are
/// comment lines in the file itself (<c># error: line:column: message</c>, <c># warning: line:column: message</c>), or, for
/// files that cannot hold a comment (empty, UTF-16), in a sidecar <c>NAME.expected</c> with the same lines. Adding a
/// case is adding a file; files starting with '_' are shared inputs, not cases.
/// </summary>
internal sealed record CorpusCase(string Kind, string Name)
{
    public static string Folder { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Nrf.Goals.Tests", "Hardening", "Corpus");

    public string FullPath => System.IO.Path.Combine(Folder, Kind, Name);

    public static IEnumerable<CorpusCase> All(string kind) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Folder, kind))
            .Select(System.IO.Path.GetFileName)
            .Where(n => !n!.StartsWith('_') && !n.EndsWith(".expected", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new CorpusCase(kind, n!));

    /// <summary>The expected diagnostics as <c>error line:column: message</c> / <c>warning line:column: message</c>.</summary>
    public IReadOnlyList<string> Expected()
    {
        var sidecar = FullPath + ".expected";
        var bytes = File.ReadAllBytes(File.Exists(sidecar) ? sidecar : FullPath);

        // Read the comment lines leniently: the file itself may be deliberately broken (Latin-1 bytes, a BOM).
        var text = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        var expected = new List<string>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            foreach (var severity in new[] { "error", "warning" })
            {
                var prefix = $"# {severity}: ";
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    expected.Add($"{severity} {line[prefix.Length..]}");
                }
            }
        }

        return expected;
    }

    public override string ToString() => $"{Kind}/{Name}";
}
