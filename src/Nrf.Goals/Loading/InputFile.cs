using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Loading;

/// <summary>Reads an input file's bytes within <see cref="InputLimits"/>, turning a missing or oversized file into a located diagnostic.</summary>
internal static class InputFile
{
    public static byte[]? ReadBytes(string path, DiagnosticBag bag)
    {
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

    public static byte[]? ReadBytes(Stream stream, string name, DiagnosticBag bag)
    {
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
