namespace Nrf.Goals.Kolada;

/// <summary>What Kolada says of a value.</summary>
public enum KoladaValueState
{
    /// <summary>Kolada has the value and flags nothing about it.</summary>
    Reported,

    /// <summary>
    /// Kolada has the value but sets a <c>status</c> flag on it. The API documents <c>status</c> only as a string, with
    /// no list of its values, so any flag is taken as "uncertain": the number is kept and the flag travels with it.
    /// </summary>
    Uncertain,

    /// <summary>Kolada has no value (no entry, or <c>value</c> null): the value is missing, never zero.</summary>
    Missing,
}
