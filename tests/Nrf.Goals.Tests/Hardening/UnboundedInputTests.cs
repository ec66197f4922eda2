using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// A device that never ends (/dev/zero) is never read: it has size 0 like every non-regular file, and is refused before
/// it is opened (issue 22; until then the 4 MiB limit, counted as read, cut it off, issue 15). A stream is still counted
/// as read (<c>LimitsTests.Load_StreamOverTheSizeLimit_IsRefusedWithoutReadingItAll</c>).
/// </summary>
public sealed class UnboundedInputTests
{
    [Fact]
    public void Load_DeviceThatNeverEnds_IsRefusedBeforeOpening()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var act = () => RuleSetLoader.Load("/dev/zero");

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "/dev/zero:1:1: the file is empty or not a regular file (a pipe, a device or a socket, which are not read)");
    }

    [Fact]
    public void Load_ValuesFromALinkToADeviceThatNeverEnds_IsRefusedBeforeOpening()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Named as YAML through a link, as a script might pass <(yes) or a FIFO.
        var folder = Path.Combine(Path.GetTempPath(), $"nrf-zero-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var link = Path.Combine(folder, "values.yaml");
            File.CreateSymbolicLink(link, "/dev/zero");

            var act = () => ValuesLoader.Load(link);

            act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
                $"{link}:1:1: the file is empty or not a regular file (a pipe, a device or a socket, which are not read)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
