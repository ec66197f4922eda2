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

        return File.ReadAllBytes(path);
    }

    public static byte[]? ReadBytes(Stream stream, string name, DiagnosticBag bag)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
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
