using Nrf.Goals.RuleTests;

namespace Nrf.Goals.Cli.Commands;

/// <summary>
/// Finds the rule test files (<c>*.tests.yaml</c>) <c>nrf-goals test</c> runs: the files named, and those in the folders
/// named and their subfolders, each shown as the path was given.
/// </summary>
internal static class TestFileDiscovery
{
    /// <summary>The test files under <paramref name="paths"/>, each once, in ordinal order of their shown path; null after reporting a missing path.</summary>
    public static List<string>? Find(string[] paths, TextWriter error)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = false;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.TryAdd(Path.GetFullPath(path), Shown(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in TestFilesUnder(path))
                {
                    found.TryAdd(Path.GetFullPath(file), Shown(file));
                }
            }
            else
            {
                error.WriteLine($"{path}:1:1: the file or folder does not exist");
                missing = true;
            }
        }

        return missing ? null : found.Values.Order(StringComparer.Ordinal).ToList();
    }

    // A folder is searched without entering linked folders (symbolic links, junctions): a link back up the tree
    // (loop -> ..) would list every case once more per turn until the path is too long, and two such links make the
    // walk exponential, so it never ends. A linked file is still read, and a linked folder named on the command line
    // is searched, since neither can loop.
    private static IEnumerable<string> TestFilesUnder(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, "*" + RuleTestLoader.Suffix))
            {
                yield return file;
            }

            foreach (var sub in new DirectoryInfo(current).EnumerateDirectories())
            {
                if (sub.LinkTarget is null)
                {
                    // Built from the path as given, so files are shown relative to it, as before.
                    pending.Push(Path.Combine(current, sub.Name));
                }
            }
        }
    }

    private static string Shown(string path)
    {
        var shown = path.Replace('\\', '/');
        while (shown.StartsWith("./", StringComparison.Ordinal))
        {
            shown = shown[2..];
        }

        return shown.Replace("//", "/", StringComparison.Ordinal);
    }
}
