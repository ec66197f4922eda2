using Nrf.Goals.Results;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>A value read for a reference: the number or fact, the value record for the result, or why it is missing.</summary>
internal readonly record struct Resolved(decimal? Number, bool? Flag, ValueUsed? Used, string? Missing)
{
    public static Resolved Absent(string reason) => new(null, null, null, reason);
}
