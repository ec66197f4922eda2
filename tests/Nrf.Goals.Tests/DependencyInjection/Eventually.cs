using System.Diagnostics;

namespace Nrf.Goals.Tests.DependencyInjection;

/// <summary>Waits for something that happens on another thread (a file watcher's callback), polling up to a timeout.</summary>
internal static class Eventually
{
    /// <summary>True as soon as <paramref name="condition"/> holds; false if it still does not after <paramref name="timeout"/>.</summary>
    public static async Task<bool> True(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
