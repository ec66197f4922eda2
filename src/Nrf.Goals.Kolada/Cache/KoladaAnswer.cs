using System.Collections.Immutable;

namespace Nrf.Goals.Kolada;

/// <summary>Kolada's whole answer to one question: every page's JSON as received, and when it was fetched.</summary>
/// <param name="Address">The question: the first page's address (the cache key).</param>
/// <param name="FetchedAt">When the answer was fetched from Kolada (not when it was read from the cache).</param>
/// <param name="Pages">Each page's JSON text, in order.</param>
internal sealed record KoladaAnswer(Uri Address, DateTimeOffset FetchedAt, ImmutableArray<string> Pages);
