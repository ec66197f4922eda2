namespace Nrf.Goals.Tests;

/// <summary>Finds the repository's shipped files (rules/, examples/) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules(string relative) => Path.Combine(Root, "rules", relative);

    public static string Examples(string relative) => Path.Combine(Root, "examples", relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nrf.Goals.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Nrf.Goals.sln not found above the test folder.");
    }
}
