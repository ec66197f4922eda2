namespace Nrf.Goals.Kolada;

/// <summary>A KPI's metadata (nyckeltal), as Kolada's <c>kpi</c> route gives it.</summary>
/// <param name="Id">The KPI's id, e.g. <c>N03101</c>.</param>
/// <param name="Title">Its title; Kolada states the unit there, e.g. "… (%)" or "…, kr/inv".</param>
/// <param name="Description">Kolada's description, with the source of the figures.</param>
/// <param name="OperatingArea">Kolada's <c>operating_area</c> (verksamhetsområde).</param>
/// <param name="MunicipalityType">Kolada's <c>municipality_type</c>: <c>K</c>, <c>L</c> or <c>A</c> (both).</param>
/// <param name="IsDividedByGender">Kolada's <c>is_divided_by_gender</c>: whether values may come per sex (K, M) beside the total.</param>
public sealed record KoladaKpi(string Id, string Title, string? Description, string? OperatingArea, string? MunicipalityType, bool IsDividedByGender);
