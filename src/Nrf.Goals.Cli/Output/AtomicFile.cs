namespace Nrf.Goals.Cli.Output;

/// <summary>
/// Writes a file so that readers see the old file or the whole new one, never half of it. A symbolic link is followed
/// (<see cref="OutTarget"/>): the new file replaces what the link leads to, never the link itself, and is written beside
/// that, so that the rename stays on one file system.
/// </summary>
internal static class AtomicFile
{
    /// <exception cref="IOException">The path leads to something that is not a regular file or a new path, or writing failed.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        // Checked again here: the target may have changed since the command checked --out, before the work began.
        if (OutTarget.Problem(path) is { } problem)
        {
            throw new IOException($"{path}: {problem}");
        }

        var full = OutTarget.Resolve(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
