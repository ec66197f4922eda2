namespace Nrf.Goals.Words;

/// <summary>An indicator's unit as a report writes it after a number.</summary>
public static class UnitText
{
    /// <summary>
    /// The unit after a number, or null for a count or an index, which stand alone (<c>antal</c>, <c>index</c>): square
    /// and cubic metres with their superscripts (<c>m2</c> → <c>m²</c>), otherwise as the rule file writes it.
    /// </summary>
    public static string? Shown(string? unit) => unit?.Trim() switch
    {
        null or "" or "antal" or "index" => null,
        "m2" => "m²",
        "m3" => "m³",
        var u => u,
    };
}
