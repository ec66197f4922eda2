namespace Nrf.Goals.Kolada;

/// <summary>An indicator's value for one year (and key) from Kolada, with where it came from.</summary>
/// <param name="IndicatorId">The indicator in the rule file.</param>
/// <param name="KpiId">The Kolada KPI it came from.</param>
/// <param name="Year">The year (Kolada's period).</param>
/// <param name="Key">The breakdown key: <c>K</c>, <c>M</c> or <c>T</c> for an indicator by sex; <c>T</c> (Kolada's total) otherwise.</param>
/// <param name="Value">The value; <see langword="null"/> when <see cref="State"/> is <see cref="KoladaValueState.Missing"/>.</param>
/// <param name="State">Reported, uncertain (a status flag) or missing.</param>
/// <param name="KoladaStatus">Kolada's <c>status</c> flag as given, or <see langword="null"/> when it sets none.</param>
/// <param name="FetchedAt">When Kolada's answer was fetched (for a missing value: when Kolada was asked and had none).</param>
public sealed record KoladaValue(string IndicatorId, string KpiId, int Year, string Key, decimal? Value, KoladaValueState State, string? KoladaStatus, DateTimeOffset FetchedAt)
{
    /// <summary>The reason given for a value Kolada lacks.</summary>
    public const string MissingReason = "saknas i Kolada";

    /// <summary>
    /// Why the value is stated as missing in a values document (<c>{missing: …}</c>), so that a goal reading it is not
    /// evaluable: <see cref="MissingReason"/> for a value Kolada lacks, <c>osäkert i Kolada (status 'preliminär')</c> for
    /// one it flags; <see langword="null"/> for a reported value.
    /// </summary>
    public string? Reason => ReasonWhen(useUncertain: false);

    /// <summary>The reason, or <see langword="null"/> when the value is used: a flagged value is used when <paramref name="useUncertain"/>.</summary>
    internal string? ReasonWhen(bool useUncertain) => State switch
    {
        KoladaValueState.Missing => MissingReason,
        KoladaValueState.Uncertain when !useUncertain => $"osäkert i Kolada (status '{KoladaText.Short(KoladaStatus ?? string.Empty, 40)}')",
        _ => null,
    };
}
