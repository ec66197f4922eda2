namespace Nrf.Goals.Values;

/// <summary>
/// A value a values document says is missing, and why: <c>2023: {missing: saknas i Kolada}</c> in YAML or JSON, or
/// <see cref="Loading.ValuesDocumentBuilder.AddMissing"/> from another source. A goal that reads it is not evaluable
/// with that reason (<c>Kan inte bedömas: saknas i Kolada (x 2023).</c>); the indicator's default never stands in for it.
/// </summary>
/// <param name="Year">The year of the value.</param>
/// <param name="Key">The breakdown key of the value, if the indicator is broken down.</param>
/// <param name="Reason">Why it is missing, in the words results carry, e.g. <c>saknas i Kolada</c>.</param>
public sealed record MissingValue(int Year, string? Key, string Reason);
