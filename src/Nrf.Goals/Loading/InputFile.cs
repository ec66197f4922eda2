using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads an input's bytes within <see cref="InputLimits.MaxFileBytes"/>, turning a missing, folder, oversized or
/// non-regular file into a located diagnostic: every reader of rule, values and test files reads its bytes here, so a
/// hostile file is refused the same way whatever reads it.
/// </summary>
public static class InputFile
{
    /// <summary>The problem with a path that resolves to something of size 0: an empty file, a FIFO, a device or a socket.</summary>
    internal const string EmptyOrNotRegular = "the file is empty or not a regular file (a pipe, a device or a socket, which are not read)";

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>; null after noting in <paramref name="bag"/> why there are none.
    /// Symbolic links are followed to their final target, which must be a regular file: what is not is refused before
    /// it is opened (see <see cref="EmptyOrNotRegular"/>).
    /// </summary>
    public static byte[]? ReadBytes(string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bag);
        var at = new SourceLocation(path, 1, 1);
        if (Regular(path, at, bag) is not { } file)
        {
            return null;
        }

        FileStream stream;
        try
        {
            // The resolved target, not the path: a link swapped in since the check is not followed again.
            stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(at, $"the file cannot be read: {e.Message}");
            return null;
        }

        // Counted as read as well: a file that grows after the check is still cut off at the limit.
        using (stream)
        {
            return ReadBytes(stream, path, bag);
        }
    }

    /// <summary>The bytes of <paramref name="stream"/>, which <paramref name="name"/> names in messages; null after noting in <paramref name="bag"/> that it is too large.</summary>
    public static byte[]? ReadBytes(Stream stream, string name, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bag);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        // Reads at most one chunk past the limit, whatever the stream claims about its length.
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > InputLimits.MaxFileBytes)
            {
                bag.Error(new SourceLocation(name, 1, 1), $"the input is larger than the limit of {InputLimits.MaxFileBytes} bytes");
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The regular file <paramref name="path"/> names, symbolic links followed; null after noting why there is none. Nothing
    /// is opened here: opening a FIFO waits for a writer, for ever if there is none. .NET cannot tell a FIFO, a device or a
    /// socket from a file by its attributes, but they all have size 0 (as /proc's files do), and so has an empty file, which
    /// holds nothing to load either: size 0 is refused.
    /// </summary>
    private static FileInfo? Regular(string path, SourceLocation at, DiagnosticBag bag)
    {
        if (Directory.Exists(path))
        {
            bag.Error(at, "this is a folder, not a file");
            return null;
        }

        FileInfo file;
        try
        {
            var full = Path.GetFullPath(path);
            file = new FileInfo(full);
            if (!file.Exists)
            {
                bag.Error(at, "the file does not exist");
                return null;
            }

            // The link's own size is the length of the name it holds: the target decides.
            if (file.LinkTarget is not null)
            {
                file = File.ResolveLinkTarget(full, returnFinalTarget: true) as FileInfo ?? file;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A loop of links (ELOOP), a name the file system cannot hold, a folder that may not be listed.
            bag.Error(at, $"the file cannot be read: {e.Message}");
            return null;
        }

        if (!file.Exists)
        {
            bag.Error(at, Directory.Exists(file.FullName) ? "this is a folder, not a file" : $"the file is a symbolic link to {file.FullName}, which does not exist");
            return null;
        }

        if (file.Length == 0)
        {
            bag.Error(at, EmptyOrNotRegular);
            return null;
        }

        if (file.Length > InputLimits.MaxFileBytes)
        {
            bag.Error(at, $"the file is {file.Length} bytes; the limit is {InputLimits.MaxFileBytes} bytes");
            return null;
        }

        return file;
    }
}
