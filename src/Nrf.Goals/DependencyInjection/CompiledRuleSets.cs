using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;

namespace Nrf.Goals.DependencyInjection;

/// <summary>The configured rule sets, compiled, by id; and the rule files they came from, to watch.</summary>
internal sealed class CompiledRuleSets
{
    private readonly Dictionary<string, ICompiledRuleSet> _byId;
    private readonly IReadOnlyList<(string File, DateTime WrittenUtc)> _written;

    /// <exception cref="NrfGoalsException">Two rule sets have one id: each later one is named at its start.</exception>
    /// <param name="options">The options the rule sets were compiled from.</param>
    /// <param name="compiled">The compiled rule sets, in the order configured.</param>
    /// <param name="written">Each rule file, with its modification time taken just before it was read.</param>
    public CompiledRuleSets(NrfGoalsOptions options, IReadOnlyList<ICompiledRuleSet> compiled, IReadOnlyList<(string File, DateTime WrittenUtc)> written)
    {
        Options = options;
        _written = written;
        Files = written.Select(w => w.File).ToList();
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

    /// <summary>
    /// The first rule file written since it was read, if any: its modification time is not the one it had then. Not
    /// compared with a clock, which a coarse file-system timestamp of a write just after the read can be earlier than.
    /// </summary>
    public string? FirstChangedFile() => _written.Where(w => File.GetLastWriteTimeUtc(w.File) != w.WrittenUtc).Select(w => w.File).FirstOrDefault();

    private string Configured() => All.Count > 0 ? Describe() : "none (NrfGoalsOptions.RuleFiles is empty)";

    /// <summary>Each rule set's id and where it came from: <c>'nrf-2023-2025' (/app/rules/nrf/2023-2025.yaml)</c>.</summary>
    public string Describe() => string.Join(", ", All.Select(c => $"'{c.RuleSet.Id}' ({c.RuleSet.Location.File})"));
}
