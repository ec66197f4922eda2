using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Nrf.Goals.Model;

/// <summary>
/// What an indicator's values are broken down by besides the year, with the keys values may use:
/// <c>sex</c> (K, M, T), member <c>region</c>, or any dimension a rule set declares.
/// </summary>
/// <param name="Name">The dimension's name, e.g. <c>sex</c>.</param>
/// <param name="Keys">The keys values may use, e.g. <c>K</c>, <c>M</c>, <c>T</c>.</param>
public sealed record Dimension(string Name, ImmutableArray<string> Keys)
{
    /// <summary>The built-in breakdown by sex: K (kvinnor/flickor), M (män/pojkar), T (totalt), as in Kolada.</summary>
    public static Dimension Sex { get; } = new("sex", ImmutableArray.Create("K", "M", "T"));

    // Every keyed value is checked against the keys; with a list scan a dimension of 190 000 keys made loading quadratic.
    // The index lives beside the record, so record equality and 'with' are unchanged.
    private static readonly ConditionalWeakTable<Dimension, HashSet<string>> KeyIndex = new();

    /// <summary>Whether <paramref name="key"/> is one of <see cref="Keys"/> (ordinal, as the keys are written).</summary>
    public bool HasKey(string key) =>
        Keys.Length <= 32 ? Keys.Contains(key) : KeyIndex.GetValue(this, d => new HashSet<string>(d.Keys, StringComparer.Ordinal)).Contains(key);
}
