using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads an input's bytes within <see cref="InputLimits.MaxFileBytes"/>, turning a missing, folder or oversized file into a
/// located diagnostic: every reader of rule, values and test files reads its bytes here, so a hostile file is refused the
/// same way whatever reads it, and a device or pipe that never ends is cut off after the limit.
/// </summary>
public static class InputFile
{
    /// <summary>The bytes of the file at <paramref name="path"/>; null after noting in <paramref name="bag"/> why there are none.</summary>
    public static byte[]? ReadBytes(string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bag);
        var at = new SourceLocation(path, 1, 1);
        if (!File.Exists(path))
        {
            bag.Error(at, Directory.Exists(path) ? "this is a folder, not a file" : "the file does not exist");
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > InputLimits.MaxFileBytes)
        {
            bag.Error(at, $"the file is {length} bytes; the limit is {InputLimits.MaxFileBytes} bytes");
            return null;
        }

        // The length above is 0 for /dev/zero, a pipe or a FIFO, which can still deliver gigabytes: count what is read.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        return ReadBytes(stream, path, bag);
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
}
