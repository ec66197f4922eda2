namespace Nrf.Goals.Kolada;

/// <summary>One value as Kolada gives it: a KPI for a kommun, region or group, a year and a gender.</summary>
/// <param name="KpiId">The KPI (nyckeltal), e.g. <c>N03101</c>.</param>
/// <param name="MunicipalityId">The kommun, region or group, e.g. <c>1442</c>.</param>
/// <param name="Year">The period: Kolada measures each KPI once a year.</param>
/// <param name="Gender">Kolada's gender: <c>T</c> (totalt), <c>K</c> (kvinnor) or <c>M</c> (män).</param>
/// <param name="Value">The value, or <see langword="null"/> where Kolada has none (its <c>value</c> is null).</param>
/// <param name="Status">Kolada's <c>status</c> flag as given; <see langword="null"/> or empty when it sets none.</param>
/// <param name="Count">Kolada's <c>count</c>: 1 for a kommun or region, the members that contributed for a group.</param>
/// <param name="FetchedAt">When the answer holding the value was fetched from Kolada.</param>
public sealed record KoladaDataPoint(string KpiId, string MunicipalityId, int Year, string Gender, decimal? Value, string? Status, int? Count, DateTimeOffset FetchedAt);
