using Nrf.Goals.Cli.Output;

namespace Nrf.Goals.Tests.Cli;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_WriterFailsHalfway_NoFileAndNoTemporaryLeft()
    {
        using var temp = new TempFolder();
        var path = temp.File("out/report.html");

        var act = () => AtomicFile.Write(path, stream =>
        {
            stream.Write("<!DOCTYPE html>"u8);
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>().WithMessage("disk full");
        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(temp.Root, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Write_WriterFailsOverAnExistingFile_TheOldFileStaysWhole()
    {
        using var temp = new TempFolder();
        var path = temp.File("report.md");
        File.WriteAllText(path, "old report\n");

        var act = () => AtomicFile.Write(path, stream =>
        {
            stream.Write("## new"u8);
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>();
        File.ReadAllText(path).Should().Be("old report\n");
        Directory.GetFiles(temp.Root).Should().Equal(path);
    }
}
