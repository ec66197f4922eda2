using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>
/// One rule file: a goal catalogue (e.g. NRF's goals for 2023–2025), the indicators it is judged on and the verdict policy.
/// Loaded and checked by <see cref="Loading.RuleSetLoader"/>; compiled and run by an <see cref="Evaluation.IRuleSetCompiler"/>.
/// </summary>
/// <remarks>
/// The model is made only by the loader, which checks it whole (indicators declared, expressions bound, groups and
/// policy consistent): its properties are read-only outside the library, so an engine never receives an unchecked rule
/// set. It grows by new properties, not new constructor parameters.
/// </remarks>
public sealed record RuleSet
{
    /// <summary>The rule set's id, e.g. <c>nrf-2023-2025</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Its title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Whose goals these are, e.g. <c>nrf</c>; values documents for another entity are refused.</summary>
    public string? Entity { get; internal init; }

    /// <summary>First year the goals apply to.</summary>
    public int ValidFrom { get; internal init; }

    /// <summary>Last year the goals apply to.</summary>
    public int ValidTo { get; internal init; }

    /// <summary>The document the goals come from.</summary>
    public string? Source { get; internal init; }

    /// <summary>When god ekonomisk hushållning is met.</summary>
    public VerdictPolicy Policy { get; internal init; } = null!;

    /// <summary>Breakdowns indicators may use (sex is built in).</summary>
    public ImmutableArray<Dimension> Dimensions { get; internal init; } = ImmutableArray<Dimension>.Empty;

    /// <summary>Declared indicators, in file order.</summary>
    public ImmutableArray<Indicator> Indicators { get; internal init; } = ImmutableArray<Indicator>.Empty;

    /// <summary>Goals, in file order.</summary>
    public ImmutableArray<Goal> Goals { get; internal init; } = ImmutableArray<Goal>.Empty;

    /// <summary>The start of the file.</summary>
    public SourceLocation Location { get; internal init; }

    // Loading a values file looks up every key: with a list scan, 100 000 keys against 40 000 indicators (what the input
    // limits admit) took about 16 s. Larger sets get an index, kept beside the record rather than in it so that record
    // equality and 'with' are unchanged (a copy made with 'with' is another instance and gets its own index).
    private static readonly ConditionalWeakTable<RuleSet, Dictionary<string, Indicator>> IndicatorIndex = new();

    /// <summary>The indicator with <paramref name="id"/>, or null.</summary>
    public Indicator? FindIndicator(string id)
    {
        if (Indicators.Length <= 32)
        {
            return Indicators.FirstOrDefault(i => i.Id == id);
        }

        // The first indicator of an id wins, as the scan did (the loader refuses duplicates anyway).
        var index = IndicatorIndex.GetValue(this, r => r.Indicators.DistinctBy(i => i.Id, StringComparer.Ordinal).ToDictionary(i => i.Id, StringComparer.Ordinal));
        return index.GetValueOrDefault(id);
    }

    /// <summary>The goal with <paramref name="id"/>, or null.</summary>
    public Goal? FindGoal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>The plan's hierarchy (e.g. perspective → strategic goal → success factor), parents before children.</summary>
    public ImmutableArray<GoalGroup> Groups { get; internal init; } = ImmutableArray<GoalGroup>.Empty;

    /// <summary>The group with <paramref name="id"/>, or null.</summary>
    public GoalGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>How report text names the entity (rule-file key <c>entityNoun</c>); null for a neutral default.</summary>
    public EntityNoun? EntityNoun { get; internal init; }

    /// <summary>Problems found while loading that did not stop the rule set being used (e.g. an indicator no goal uses).</summary>
    public ImmutableArray<Diagnostic> Warnings { get; internal init; } = ImmutableArray<Diagnostic>.Empty;
}
