using System.Text;
using System.Text.RegularExpressions;

namespace Nrf.Goals.Testing;

/// <summary>
/// Finds rule test files for tests that run from a build folder: a path or glob (<c>*</c>, <c>?</c>, <c>**</c> for any folders)
/// relative to the nearest folder above the test assembly where it matches, which is normally the repository root.
/// </summary>
internal static class RuleTestFiles
{
    /// <summary>The files matching <paramref name="pattern"/>, shown relative to the folder where they were found, in ordinal order.</summary>
    public static IReadOnlyList<string> Find(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        if (Path.IsPathRooted(normalized))
        {
            var root = Path.GetPathRoot(normalized)!;
            return Match(root, normalized[root.Length..]).Select(f => Path.Combine(root, f).Replace('\\', '/')).ToList();
        }

        foreach (var folder in Folders())
        {
            var found = Match(folder, normalized);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The full path of a file <see cref="Find"/> returned.</summary>
    public static string Locate(string shown)
    {
        if (Path.IsPathRooted(shown))
        {
            return shown;
        }

        return Folders().Select(f => Path.Combine(f, shown)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The rule test file '{shown}' was not found in {AppContext.BaseDirectory} or any folder above it.", shown);
    }

    private static IEnumerable<string> Folders()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }

    private static List<string> Match(string folder, string pattern)
    {
        var segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        if (fixedCount == segments.Length)
        {
            return File.Exists(Path.Combine(folder, pattern)) ? [pattern] : [];
        }

        var start = Path.Combine([folder, .. segments.Take(fixedCount)]);
        if (!Directory.Exists(start))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(segments) + "$", RegexOptions.CultureInvariant);
        return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => regex.IsMatch(f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ToRegex(string[] segments)
    {
        var s = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "**")
            {
                s.Append("(?:[^/]+/)*");
                continue;
            }

            foreach (var c in segments[i])
            {
                s.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }

            if (i < segments.Length - 1)
            {
                s.Append('/');
            }
        }

        return s.ToString();
    }
}
