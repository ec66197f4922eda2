namespace Nrf.Goals.Values;

/// <summary>One observation of a dated series, e.g. the bank balance at a month end.</summary>
/// <param name="Date">The date of the observation.</param>
/// <param name="Value">The value.</param>
public readonly record struct DatedValue(DateOnly Date, decimal Value);
