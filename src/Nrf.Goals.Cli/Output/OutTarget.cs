namespace Nrf.Goals.Cli.Output;

/// <summary>
/// The file <c>--out</c> writes: the path with every symbolic link followed, so that the report replaces the file a link
/// leads to (or is the new file it names) and never the link itself. What it leads to must be a regular file or a new
/// path: a folder, a device, a FIFO or a socket is refused, and so is a way through /proc or /sys, whose links name a
/// process's open files (a pipe, a deleted file), not places a file can be renamed into.
/// </summary>
internal static class OutTarget
{
    private static readonly string[] ProcessFileSystems = ["/proc/", "/sys/"];

    /// <summary>Where the report given <c>--out <paramref name="outPath"/></c> is written: the path, links followed.</summary>
    /// <exception cref="IOException">The links form a loop.</exception>
    public static string Resolve(string outPath) => SamePath.Resolved(outPath);

    /// <summary>Why <paramref name="outPath"/> cannot take a report, in the words <c>--out</c> messages use; null when it can.</summary>
    public static string? Problem(string outPath)
    {
        if (Directory.Exists(outPath))
        {
            return "--out names a folder; give a file name, e.g. report.html";
        }

        if (FileKind.NotRegular(outPath) is { } kind)
        {
            // The report is written beside the target and moved over it, which would replace the device or pipe with a file.
            return $"--out names {kind}, not a regular file; a report is written as a new file that replaces its target, so give a file name (to print the report, leave out --out)";
        }

        if (!OperatingSystem.IsWindows() && SamePath.Steps(outPath).FirstOrDefault(InProcessFileSystem) is { } through)
        {
            return $"--out leads through {through}, an open file of a process, not a file a report can replace; give a file name (to print the report, leave out --out)";
        }

        return null;
    }

    private static bool InProcessFileSystem(string path) =>
        ProcessFileSystems.Any(root => path.StartsWith(root, StringComparison.Ordinal) || path == root.TrimEnd('/'));
}
