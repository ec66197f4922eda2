namespace Nrf.Goals.Kolada;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a temporary file beside it, flushed to disk, which then replaces
/// the target in one rename. A reader sees the old file or the new one, never half of one; a failure leaves no temporary file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The write already failed; that failure is the one to report.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
