using System.Diagnostics;
using Xunit.Sdk;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Named pipes (FIFOs) for tests of inputs that must be refused before they are opened: opening a FIFO for reading waits
/// for a writer, for ever if there is none. <see cref="Bounded{T}"/> turns such a wait into a failure, not a hung run.
/// </summary>
internal static class Fifo
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>FIFOs are made with <c>mkfifo</c>, which Windows does not have.</summary>
    public static bool Supported => !OperatingSystem.IsWindows();

    /// <summary>Makes a FIFO at <paramref name="path"/> that nobody writes.</summary>
    public static string Make(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, mkfifo.StandardError.ReadToEnd());
        return path;
    }

    /// <summary>
    /// Runs <paramref name="act"/> on another thread; when it has not returned after 20 s (it waits to open
    /// <paramref name="fifo"/>), opens the FIFO for writing so that it goes on, and fails.
    /// </summary>
    public static T Bounded<T>(string fifo, Func<T> act)
    {
        var task = Task.Run(act);
        if (task.Wait(Patience))
        {
            return task.Result;
        }

        // The reader waits in open(): a writer's open meets it, and closing gives it an empty file.
        var release = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose());
        release.Wait(Patience);
        task.Wait(Patience);
        throw new XunitException($"still waiting to open the FIFO {fifo} after {Patience.TotalSeconds} s");
    }
}
