using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Tables;
using Nrf.Goals.Tests.Cli;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Every reader of rule, values and test files refuses what is not a regular file before opening it (issue 22): a FIFO
/// nobody writes blocked the loaders, <c>evaluate --values</c> and <c>test</c> of a folder for ever. Links are followed to
/// their final target, which decides: a link to a FIFO is refused, a link to a large file is measured as that file.
/// </summary>
public sealed class NonRegularFileTests : IDisposable
{
    private const string Refused = "the file is empty or not a regular file (a pipe, a device or a socket, which are not read)";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_FifoNobodyWritesThroughEveryLoader_RefusedBeforeOpening()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var rules = Fifo.Make(_folder.File("rules.yaml"));
        var values = Fifo.Make(_folder.File("values.yaml"));
        var table = Fifo.Make(_folder.File("values.csv"));
        var tests = Fifo.Make(_folder.File("z.tests.yaml"));

        Fifo.Bounded(rules, () => Errors(() => RuleSetLoader.Load(rules))).Should().Equal($"{rules}:1:1: {Refused}");
        Fifo.Bounded(values, () => Errors(() => ValuesLoader.Load(values))).Should().Equal($"{values}:1:1: {Refused}");
        Fifo.Bounded(values, () => Errors(() => ValuesTables.Load(values))).Should().Equal($"{values}:1:1: {Refused}");
        Fifo.Bounded(table, () => Errors(() => ValuesTables.Load(table))).Should().Equal($"{table}:1:1: {Refused}");
        Fifo.Bounded(tests, () => Errors(() => new RuleTestLoader().Load(tests))).Should().Equal($"{tests}:1:1: {Refused}");
    }

    [Fact]
    public void Load_LinkToAFifo_RefusedAtTheLinkAsNamed()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var fifo = Fifo.Make(_folder.File("pipe"));
        var link = _folder.File("rules.yaml");
        File.CreateSymbolicLink(link, "pipe");

        Fifo.Bounded(fifo, () => Errors(() => RuleSetLoader.Load(link))).Should().Equal($"{link}:1:1: {Refused}");
    }

    [Fact]
    public void Evaluate_ValuesIsAFifo_ExitTwoWithTheFileNamed()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var fifo = Fifo.Make(_folder.File("values.yaml"));

        var (exit, output, error) = Fifo.Bounded(fifo, () => CliRunner.Run("evaluate", "--rules", RepositoryPaths.Rules("nrf/2023-2025.yaml"), "--values", fifo));

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"{fifo}:1:1: {Refused}\n");
    }

    [Fact]
    public void Validate_RuleFileIsAFifo_ExitTwoWithTheFileNamed()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        var fifo = Fifo.Make(_folder.File("rules.yaml"));

        var (exit, _, error) = Fifo.Bounded(fifo, () => CliRunner.Run("validate", fifo));

        exit.Should().Be(2);
        error.Should().Be($"{fifo}:1:1: {Refused}\n");
    }

    [Fact]
    public void Test_FolderHoldingAFifoTestFile_ThatFileIsInvalidAndTheOthersRun()
    {
        if (!Fifo.Supported)
        {
            return;
        }

        using var workspace = new RuleTests.RuleTestWorkspace();
        var good = workspace.Write("tiny.tests.yaml", "cases:\n  - name: equity met\n    set: {equity: 100}\n    expect: {goals: {g2: met}}\n");
        var fifo = Fifo.Make(Path.Combine(workspace.Folder, "z.tests.yaml"));

        var (exit, output, error) = Fifo.Bounded(fifo, () => CliRunner.Run("test", workspace.Folder));

        exit.Should().Be(2);
        error.Should().Be($"{fifo}:1:1: {Refused}\n");
        output.Should().Be($"{good}\n  PASS  equity met\n1 case: 1 passed, 0 failed, 1 test file invalid\n");
    }

    [Fact]
    public void Load_LinkToAFileOverTheSizeLimit_MeasuredAsItsTargetBeforeReading()
    {
        var big = _folder.File("big.yaml");
        File.WriteAllBytes(big, new byte[InputLimits.MaxFileBytes + 1]);
        var link = _folder.File("rules.yaml");
        File.CreateSymbolicLink(link, big);

        Errors(() => RuleSetLoader.Load(link)).Should().Equal($"{link}:1:1: the file is 4194305 bytes; the limit is 4194304 bytes");
    }

    [Fact]
    public void Load_LinkToNothing_SaysWhereItLeads()
    {
        var link = _folder.File("rules.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        Errors(() => RuleSetLoader.Load(link)).Should().Equal($"{link}:1:1: the file is a symbolic link to {_folder.File("gone.yaml")}, which does not exist");
    }

    [Fact]
    public void Load_EmptyRegularFile_RefusedWithTheSameWords()
    {
        var empty = _folder.File("rules.yaml");
        File.WriteAllBytes(empty, []);

        Errors(() => RuleSetLoader.Load(empty)).Should().Equal($"{empty}:1:1: {Refused}");
    }

    private static string[] Errors(Action load) =>
        load.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();
}
