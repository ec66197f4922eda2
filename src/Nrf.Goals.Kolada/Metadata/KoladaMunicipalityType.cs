namespace Nrf.Goals.Kolada;

/// <summary>What a Kolada "municipality" is: a kommun (type <c>K</c>) or a region (type <c>L</c>, landsting).</summary>
public enum KoladaMunicipalityType
{
    /// <summary>A kommun (municipality), Kolada type <c>K</c>.</summary>
    Kommun,

    /// <summary>A region (formerly landsting, county council), Kolada type <c>L</c>.</summary>
    Region,
}
