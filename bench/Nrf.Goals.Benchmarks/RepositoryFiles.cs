namespace Nrf.Goals.Benchmarks;

/// <summary>Finds the repository's rule and example files from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the process that holds Nrf.Goals.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The NRF rule set 2023–2025.</summary>
    public static string NrfRules => Path.Combine(Root, "rules", "nrf", "2023-2025.yaml");

    /// <summary>The NRF example values of the annual report 2023.</summary>
    public static string NrfValues => Path.Combine(Root, "examples", "nrf-2023-annual.yaml");

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Nrf.Goals.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (no Nrf.Goals.sln found above the current folder).");
    }
}
