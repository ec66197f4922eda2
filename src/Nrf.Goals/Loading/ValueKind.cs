namespace Nrf.Goals.Loading;

/// <summary>What a <see cref="ValueStatement"/> states; an indicator's declaration expects one kind (<see cref="ValuesDocumentBuilder.KindOf"/>).</summary>
public enum ValueKind
{
    /// <summary>A number for a year.</summary>
    Number,

    /// <summary>A number for a year and a breakdown key (K, M or T; a member region): the statement gives <see cref="ValueStatement.Key"/>.</summary>
    Keyed,

    /// <summary>Yes or no for a year.</summary>
    YesNo,

    /// <summary>A number observed on a date, one of a dated series: the statement gives <see cref="ValueStatement.Date"/>.</summary>
    Observation,

    /// <summary>A manual assessment's status (met, partly met, not met) and comment, for the assessed year.</summary>
    Assessment,

    /// <summary>An activity's state (done, in progress, not started) and comment, for the assessed year.</summary>
    Activity,
}
