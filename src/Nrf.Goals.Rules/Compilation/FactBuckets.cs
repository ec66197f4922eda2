namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// Spreads n facts of one type that each belong to one rule (a goal's inputs) over about √n buckets. NRules tests a fact
/// against every sibling alpha condition in turn, and compares every new condition with all its siblings when it builds
/// the network, so one level of n conditions <c>Goal == g</c> costs n per fact and n² to build; two levels,
/// <c>Bucket == b</c> then <c>Goal == g</c>, cost about 2√n each.
/// </summary>
internal static class FactBuckets
{
    /// <summary>How many buckets <paramref name="count"/> facts are spread over.</summary>
    public static int For(int count) => Math.Max(1, (int)Math.Ceiling(Math.Sqrt(count)));

    /// <summary>The bucket of fact <paramref name="index"/> of <paramref name="count"/>.</summary>
    public static int Of(int index, int count) => index % For(count);
}
