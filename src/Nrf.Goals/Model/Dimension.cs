using System.Collections.Immutable;

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
}
