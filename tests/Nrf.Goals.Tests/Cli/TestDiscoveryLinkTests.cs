using Nrf.Goals.Tests.RuleTests;

namespace Nrf.Goals.Tests.Cli;

/// <summary>
/// <c>nrf-goals test DIR</c> does not enter linked folders: a link back up the tree listed every case again, and two
/// such links made the search never end (issue 15). Linked files and a linked folder named on the command line are read.
/// </summary>
public sealed class TestDiscoveryLinkTests : IDisposable
{
    private const string Case = "cases:\n  - name: equity met\n    set: {equity: 100}\n    expect: {goals: {g2: met}}\n";

    private readonly RuleTestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Test_FolderWithTwoLinkLoops_RunsEachCaseOnceAndEnds()
    {
        var path = _workspace.Write("tiny.tests.yaml", Case);
        var sub = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "sub")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Folder, "loop"), _workspace.Folder);
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), _workspace.Folder);

        // Before the fix this search never ended; the wait turns a hang into a failure instead of a stuck test run.
        var (exit, output, error) = await Task.Run(() => CliRunner.Run("test", _workspace.Folder)).WaitAsync(TimeSpan.FromMinutes(5));

        exit.Should().Be(0, error);
        output.Should().Be($"{path}\n  PASS  equity met\n1 case: 1 passed, 0 failed\n");
    }

    [Fact]
    public void Test_LinkedFileAndLinkedFolderNamedOnTheCommandLine_AreRead()
    {
        var target = _workspace.Write("tiny.tests.yaml", Case);
        var cases = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "cases")).FullName;
        File.Copy(Path.Combine(_workspace.Folder, "tiny.yaml"), Path.Combine(cases, "tiny.yaml"));
        var linkedFile = Path.Combine(cases, "tiny.tests.yaml");
        File.CreateSymbolicLink(linkedFile, target);
        var linkedFolder = Path.Combine(_workspace.Folder, "linked");
        Directory.CreateSymbolicLink(linkedFolder, cases);

        var (exit, output, error) = CliRunner.Run("test", linkedFolder);

        exit.Should().Be(0, error);
        output.Should().Be($"{Path.Combine(linkedFolder, "tiny.tests.yaml")}\n  PASS  equity met\n1 case: 1 passed, 0 failed\n");
    }
}
