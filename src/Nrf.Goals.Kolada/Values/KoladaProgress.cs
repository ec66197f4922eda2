namespace Nrf.Goals.Kolada;

/// <summary>How far <see cref="KoladaValues.FetchManyAsync"/> has come: <paramref name="Done"/> of <paramref name="Total"/> KPIs fetched, the last <paramref name="KpiId"/>.</summary>
/// <param name="Done">KPIs whose values have come.</param>
/// <param name="Total">KPIs to fetch.</param>
/// <param name="KpiId">The KPI that just came.</param>
public sealed record KoladaProgress(int Done, int Total, string KpiId);
