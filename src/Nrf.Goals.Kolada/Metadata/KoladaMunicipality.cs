namespace Nrf.Goals.Kolada;

/// <summary>A kommun or region in Kolada.</summary>
/// <param name="Id">Kolada's id: the kommun's four-digit code (<c>1442</c>) or the region's two-digit one (<c>25</c>).</param>
/// <param name="Title">Its name, e.g. <c>Vårgårda</c> or <c>Region Norrbotten</c>.</param>
/// <param name="Type">Kommun or region.</param>
public sealed record KoladaMunicipality(string Id, string Title, KoladaMunicipalityType Type);
