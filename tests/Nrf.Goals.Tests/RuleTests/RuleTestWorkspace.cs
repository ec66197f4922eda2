namespace Nrf.Goals.Tests.RuleTests;

/// <summary>A temporary folder with a small rule set (tiny.yaml) to write rule test files next to.</summary>
internal sealed class RuleTestWorkspace : IDisposable
{
    public const string TinyRules = """
        id: tiny
        title: Tiny
        entity: demo
        validity: {from: 2023, to: 2025}
        policy:
          operational: {atLeast: 1}
          financial: all
        indicators:
          - {id: a, title: A}
          - {id: b, title: B}
          - {id: equity, title: Eget kapital, unit: kr}
          - {id: visitors, title: Besökare}
          - {id: method_bank, title: Metodbank, type: assessment}
        goals:
          - id: g1
            title: Two parts
            category: operational
            criterion:
              - {label: A, expr: "a >= 10"}
              - {label: B, expr: "b >= 10"}
          - id: g2
            title: Equity
            category: financial
            criterion: equity >= 100
            explanation: Eget kapital {equity} kr, mål ≥ 100 kr
          - id: g3
            title: Visitors
            category: operational
            criterion: {monitor: visitors}
          - id: g4
            title: Method bank
            category: operational
            criterion: {manual: method_bank}

        """;

    public RuleTestWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"nrf-ruletests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "tiny.yaml"), TinyRules);
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
