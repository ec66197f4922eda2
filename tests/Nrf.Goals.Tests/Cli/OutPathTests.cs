namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// <c>--out</c> never touches an input or a device, however it is reached: through a folder link, or as the real file
/// behind a linked input; and never replaces a device node such as /dev/null with a file (issue 15).
/// </summary>
public sealed class OutPathTests : IDisposable
{
    private static readonly string Rules = RepositoryPaths.Rules("nrf/2023-2025.yaml");
    private readonly TempFolder _folder = new();
    private readonly string _values;
    private readonly string _original;

    public OutPathTests()
    {
        _values = _folder.File("values.yaml");
        File.Copy(RepositoryPaths.Examples("nrf-2023-annual.yaml"), _values);
        _original = File.ReadAllText(_values);
    }

    [Fact]
    public void Evaluate_OutThroughAFolderLinkToTheInputsFolder_RefusedAndInputUntouched()
    {
        // d -> . : d/values.yaml is values.yaml.
        Directory.CreateSymbolicLink(_folder.File("d"), _folder.Root);
        var outPath = Path.Combine(_folder.File("d"), "values.yaml");

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", _values, "--out", outPath);

        exit.Should().Be(2);
        error.Should().Be($"{outPath}:1:1: --out names an input file (symbolic links followed); choose another file so the input is not overwritten\n");
        File.ReadAllText(_values).Should().Be(_original);
    }

    [Fact]
    public void Evaluate_OutIsTheRealFileBehindALinkedInput_RefusedAndInputUntouched()
    {
        var link = _folder.File("link.yaml");
        File.CreateSymbolicLink(link, _values);

        var (exit, _, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", link, "--out", _values);

        exit.Should().Be(2);
        error.Should().Be($"{_values}:1:1: --out names an input file (symbolic links followed); choose another file so the input is not overwritten\n");
        File.ReadAllText(_values).Should().Be(_original);
    }

    [Fact]
    public void Report_OutThroughALinkChain_Refused()
    {
        // a -> b -> the folder: both links are followed.
        Directory.CreateSymbolicLink(_folder.File("b"), _folder.Root);
        Directory.CreateSymbolicLink(_folder.File("a"), _folder.File("b"));

        var (exit, _, error) = CliRunner.Run("report", "--rules", Rules, "--values", _values, "--out", Path.Combine(_folder.File("a"), "values.yaml"));

        exit.Should().Be(2);
        error.Should().Contain("--out names an input file (symbolic links followed)");
        File.ReadAllText(_values).Should().Be(_original);
    }

    [Fact]
    public void Evaluate_OutIsADevice_RefusedSayingWhy()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (exit, output, error) = CliRunner.Run("evaluate", "--rules", Rules, "--values", _values, "--out", "/dev/null");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("/dev/null:1:1: --out names a device, not a regular file; a report is written as a new file that replaces its target, so give a file name (to print the report, leave out --out)\n");
        new FileInfo("/dev/null").Length.Should().Be(0);
    }

    [Fact]
    public void Test_OutIsADevice_RefusedSayingWhy()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (exit, _, error) = CliRunner.Run("test", RepositoryPaths.Rules("nrf/2023-2025.tests.yaml"), "--format", "junit", "--out", "/dev/null");

        exit.Should().Be(2);
        error.Should().Be("/dev/null:1:1: --out names a device, not a regular file; a report is written as a new file that replaces its target, so give a file name (to print the report, leave out --out)\n");
    }

    [Fact]
    public void Resolved_LinkLoop_IsAnIOExceptionNotAHang()
    {
        File.CreateSymbolicLink(_folder.File("x"), _folder.File("y"));
        File.CreateSymbolicLink(_folder.File("y"), _folder.File("x"));

        var act = () => Nrf.Goals.Cli.Output.SamePath.Resolved(_folder.File("x"));

        act.Should().Throw<IOException>().WithMessage("*too many levels of symbolic links");
    }

    public void Dispose() => _folder.Dispose();
}
