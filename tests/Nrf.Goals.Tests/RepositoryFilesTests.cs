namespace Nrf.Goals.Tests;

/// <summary>Files the repository must carry next to the code: the licence the packages declare, and ignores.</summary>
public sealed class RepositoryFilesTests
{
    [Fact]
    public void License_Repository_IsMitWithTheContributorsCopyright()
    {
        var path = Path.Combine(RepositoryPaths.Root, "LICENSE");

        File.Exists(path).Should().BeTrue("the packages declare MIT, so the repository must carry its text");
        var lines = File.ReadAllLines(path);
        lines[0].Should().Be("MIT License");
        lines.Should().Contain("Copyright (c) 2026 Nrf.Goals contributors");
        string.Join('\n', lines).Should().Contain("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND");
    }

    [Fact]
    public void GitIgnore_Repository_IgnoresTheReportOutputFolder()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".gitignore"));

        // README's examples write reports to out/; they must not end up committed.
        lines.Should().Contain("out/");
    }
}
