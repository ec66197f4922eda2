using System.Collections.Immutable;

namespace Nrf.Goals.Reports;

/// <summary>A bulleted list.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record ReportList(ImmutableArray<string> Items) : ReportBlock;
