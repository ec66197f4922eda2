using Nrf.Goals.Tests.Hardening;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// <c>--out</c> given as a symbolic link (issue 22): the report was written beside the link and renamed over the link's
/// own path, so the link became a regular file and its target was never written. Links are now followed before the
/// rename: the report replaces the file the link leads to, or is that new file; what leads to no regular file or new
/// path (a FIFO, a device, an open descriptor under /proc) is refused and nothing is written.
/// </summary>
public sealed class OutLinkTests : IDisposable
{
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private static readonly string Values = RepositoryPaths.Examples("nrf-2023-annual.yaml");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evaluate_OutIsALinkToAFile_TheTargetIsReplacedAndTheLinkStays()
    {
        var target = _folder.File("reports/real.json");
        Directory.CreateDirectory(_folder.File("reports"));
        File.WriteAllText(target, "old report\n");
        var link = _folder.File("latest.json");
        File.CreateSymbolicLink(link, "reports/real.json");

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Values, "--out", link);

        exit.Should().Be(0, error);
        new FileInfo(link).LinkTarget.Should().Be("reports/real.json");
        File.ReadAllText(target).Should().StartWith("{").And.Contain("\"ruleSet\": \"nrf-2023-2025\"");
        Directory.GetFiles(_folder.Root, "*", SearchOption.AllDirectories).Order().Should().Equal(link, target);
    }

    [Fact]
    public void Report_OutIsALinkToANewPath_TheReportIsThatFileAndTheLinkStays()
    {
        var link = _folder.File("latest.md");
        File.CreateSymbolicLink(link, "2023.md");

        var (exit, _, error) = CliRunner.Run("report", "--rules", Rules, "--values", Values, "--out", link);

        exit.Should().Be(0, error);
        new FileInfo(link).LinkTarget.Should().Be("2023.md");
        File.ReadAllText(_folder.File("2023.md")).Should().StartWith("## Måluppfyllelse över tid");
    }

    [Fact]
    public void Test_JunitOutIsALinkToAFile_TheTargetIsReplacedAndTheLinkStays()
    {
        var target = _folder.File("junit-real.xml");
        File.WriteAllText(target, "old\n");
        var link = _folder.File("junit.xml");
        File.CreateSymbolicLink(link, target);

        var (exit, _, error) = CliRunner.Run("test", RepositoryPaths.Rules("nrf/2023-2025.tests.yaml"), "--format", "junit", "--out", link);

        exit.Should().Be(0, error);
        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllText(target).Should().StartWith("<?xml");
    }

    [Fact]
    public void Evaluate_OutIsALinkToAnOpenDescriptorUnderProc_RefusedAndNothingWritten()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // An open regular file of this process: /proc/self/fd/N leads to it, and the link to /proc/self/fd/N was replaced.
        var held = _folder.File("held.log");
        using var stream = new FileStream(held, FileMode.Create, FileAccess.ReadWrite);
        stream.Write("kept\n"u8);
        stream.Flush();
        var descriptor = $"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}";
        var link = _folder.File("out.json");
        File.CreateSymbolicLink(link, descriptor);

        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Values, "--out", link);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"{link}:1:1: --out leads through {descriptor}, an open file of a process, not a file a report can replace; give a file name (to print the report, leave out --out)\n");
        new FileInfo(link).LinkTarget.Should().Be(descriptor);
        File.ReadAllText(held).Should().Be("kept\n");
        Directory.GetFiles(_folder.Root).Order().Should().Equal(held, link);
    }

    [Fact]
    public void Evaluate_OutIsALinkToAFifo_RefusedAndTheLinkStays()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var fifo = Fifo.Make(_folder.File("pipe"));
        var link = _folder.File("out.json");
        File.CreateSymbolicLink(link, fifo);

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", Values, "--out", link);

        exit.Should().Be(2);
        error.Should().Be($"{link}:1:1: --out names a pipe (FIFO), not a regular file; a report is written as a new file that replaces its target, so give a file name (to print the report, leave out --out)\n");
        new FileInfo(link).LinkTarget.Should().Be(fifo);
    }
}
