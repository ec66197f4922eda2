using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// The 4 MiB input limit counts the bytes read, so a file whose length says 0 but which never ends (/dev/zero, a pipe)
/// is refused after 4 MiB instead of filling memory (issue 15).
/// </summary>
public sealed class UnboundedInputTests
{
    [Fact]
    public void Load_DeviceThatNeverEnds_IsRefusedAtTheLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var act = () => RuleSetLoader.Load("/dev/zero");

        act.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "/dev/zero:1:1: the input is larger than the limit of 4194304 bytes");
    }

    [Fact]
    public void Load_ValuesFromADeviceThatNeverEnds_IsRefusedAtTheLimit()
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
                $"{link}:1:1: the input is larger than the limit of 4194304 bytes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
