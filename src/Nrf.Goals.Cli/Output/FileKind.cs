using System.Runtime.InteropServices;

namespace Nrf.Goals.Cli.Output;

/// <summary>
/// Whether an existing path is a regular file. .NET reports /dev/null, a FIFO and a regular file alike (attributes
/// Normal, length 0), but replacing a device node or a pipe with a report (as root, /dev/null) breaks the system, so
/// <c>--out</c> asks the operating system.
/// </summary>
internal static class FileKind
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int ModeTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Folder = 0x4000;

    /// <summary>What <paramref name="path"/> (symlinks followed) is, when it exists and is not a regular file or folder: "a device", "a pipe"…; null otherwise.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // NUL, CON, COM1 … resolve to the device namespace.
            return Path.GetFullPath(path).StartsWith(@"\\.\", StringComparison.Ordinal) ? "a device" : null;
        }

        if (OperatingSystem.IsLinux())
        {
            // statx's buffer layout is the same on every Linux architecture; stx_mode is the 16 bits at offset 0x1C.
            var buffer = new byte[256];
            if (Statx(AtCurrentFolder, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }

            var mode = BitConverter.ToUInt16(buffer, 0x1C) & ModeTypeMask;
            return mode switch
            {
                RegularFile or Folder => null,
                0x2000 or 0x6000 => "a device",
                0x1000 => "a pipe (FIFO)",
                0xC000 => "a socket",
                _ => "not a regular file",
            };
        }

        // Elsewhere (macOS, BSD) device nodes live under /dev.
        var full = Path.GetFullPath(path);
        return full.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(full) ? "a device" : null;
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for the whole CLI.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
