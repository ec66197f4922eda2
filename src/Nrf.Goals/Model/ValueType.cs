namespace Nrf.Goals.Model;

/// <summary>The kind of value an indicator holds.</summary>
public enum IndicatorValueType
{
    /// <summary>A number (count, amount, percentage, ratio); always <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A yes/no fact, written <c>true</c> or <c>false</c>.</summary>
    YesNo,

    /// <summary>A person's assessment (status and comment) of a qualitative goal.</summary>
    Assessment,

    /// <summary>An activity's state (done, in progress, not started) and comment: an "Aktivitet:" row, not a styrmått.</summary>
    Activity,
}
