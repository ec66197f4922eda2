using System.Collections.Immutable;

namespace Nrf.Goals.Reporting;

/// <summary>A bulleted list.</summary>
/// <param name="Items">The items, in order.</param>
internal sealed record ReportList(ImmutableArray<string> Items) : ReportBlock;
