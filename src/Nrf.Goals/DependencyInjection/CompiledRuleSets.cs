using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;

namespace Nrf.Goals.DependencyInjection;

/// <summary>The configured rule sets, compiled, by id; and the rule files they came from, to watch.</summary>
internal sealed class CompiledRuleSets
{
    private readonly Dictionary<string, ICompiledRuleSet> _byId;

    /// <exception cref="NrfGoalsException">Two rule sets have one id: each later one is named at its start.</exception>
    public CompiledRuleSets(NrfGoalsOptions options, IReadOnlyList<ICompiledRuleSet> compiled, IReadOnlyList<string> files, DateTime readAtUtc)
    {
        Options = options;
        ReadAtUtc = readAtUtc;
        Files = files;
        All = compiled;
        _byId = new Dictionary<string, ICompiledRuleSet>(StringComparer.Ordinal);
        var clashes = new List<Diagnostic>();
        foreach (var ruleSet in compiled)
        {
            // Two with one id would leave one unreachable by id: refuse them together.
            if (!_byId.TryAdd(ruleSet.RuleSet.Id, ruleSet))
            {
                clashes.Add(new Diagnostic(ruleSet.RuleSet.Location, $"the rule set id '{ruleSet.RuleSet.Id}' is also the id of {_byId[ruleSet.RuleSet.Id].RuleSet.Location.File}; give each configured rule file its own id"));
            }
        }

        if (clashes.Count > 0)
        {
            throw new NrfGoalsException(clashes);
        }
    }

    /// <summary>The options these were compiled from.</summary>
    public NrfGoalsOptions Options { get; }

    /// <summary>When the rule files were read (just before): a file written later has changed since.</summary>
    public DateTime ReadAtUtc { get; }

    /// <summary>The full paths of the rule files, for watching.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every compiled rule set, files first, then streams, each in the order configured.</summary>
    public IReadOnlyList<ICompiledRuleSet> All { get; }

    /// <exception cref="NrfGoalsException">No rule set has that id: the message names the configured ids and where they came from.</exception>
    public ICompiledRuleSet Get(string ruleSetId) =>
        _byId.TryGetValue(ruleSetId, out var compiled)
            ? compiled
            : throw new NrfGoalsException([new Diagnostic(
                new SourceLocation($"{nameof(NrfGoalsOptions)}.{nameof(NrfGoalsOptions.RuleFiles)}", 1, 1),
                $"no configured rule file has the rule set id '{ruleSetId}'; the configured rule sets are {Configured()}")]);

    /// <summary>The first rule file written since it was read, if any.</summary>
    public string? FirstChangedFile() => Files.FirstOrDefault(file => File.GetLastWriteTimeUtc(file) > ReadAtUtc);

    private string Configured() => All.Count > 0 ? Describe() : "none (NrfGoalsOptions.RuleFiles is empty)";

    /// <summary>Each rule set's id and where it came from: <c>'nrf-2023-2025' (/app/rules/nrf/2023-2025.yaml)</c>.</summary>
    public string Describe() => string.Join(", ", All.Select(c => $"'{c.RuleSet.Id}' ({c.RuleSet.Location.File})"));
}
