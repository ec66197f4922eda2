namespace Nrf.Goals.Cli.Output;

/// <summary>
/// Whether two paths name the same file, so that <c>--out</c> never overwrites an input: both are resolved with every
/// symbolic link followed (a folder link <c>d -> .</c> in <c>d/values.yaml</c>, or an input that is itself a link to the
/// real file), then compared with the file system's case rules.
/// </summary>
internal static class SamePath
{
    // Windows and macOS file systems ignore case by default: there Rules.YAML is rules.yaml.
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Most links followed while resolving one path, as the kernel's own limit (ELOOP) does.</summary>
    private const int MaxLinks = 40;

    public static bool As(string a, string b) => string.Equals(Resolved(a), Resolved(b), Comparison);

    /// <summary>
    /// The full path of <paramref name="path"/> with each component that is a symbolic link replaced by its target, as
    /// the operating system will find the file; parts that do not exist yet are kept as written.
    /// </summary>
    /// <exception cref="IOException">The links form a loop.</exception>
    public static string Resolved(string path) => Walk(path, null);

    /// <summary>
    /// The way to <paramref name="path"/>: the full path of each symbolic link's target as it is met (relative targets made
    /// full), ending with the resolved path.
    /// </summary>
    /// <exception cref="IOException">The links form a loop.</exception>
    public static IReadOnlyList<string> Steps(string path)
    {
        var steps = new List<string>();
        steps.Add(Walk(path, steps));
        return steps;
    }

    private static string Walk(string path, List<string>? steps)
    {
        var links = 0;
        var pending = new Queue<string>();
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            pending.Enqueue(part);
        }

        while (pending.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            // The target replaces the component, and is itself resolved component by component (it may hold links too).
            var targetFull = Path.GetFullPath(target, current);
            steps?.Add(targetFull);
            var rest = pending.ToArray();
            pending.Clear();
            current = Path.GetPathRoot(targetFull)!;
            foreach (var p in targetFull[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest))
            {
                pending.Enqueue(p);
            }
        }

        return current;
    }
}
