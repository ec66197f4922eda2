namespace Nrf.Goals.Results;

/// <summary>How a goal stands after evaluation.</summary>
public enum GoalStatus
{
    /// <summary>Uppfyllt: every part of the criterion holds.</summary>
    Met,

    /// <summary>Delvis uppfyllt: some parts hold, some do not. Not counted as met by a verdict.</summary>
    PartlyMet,

    /// <summary>Ej uppfyllt: no part holds.</summary>
    NotMet,

    /// <summary>Ej bedömt: a value the criterion needs is missing (or no target applies), so the goal cannot be judged.</summary>
    NotEvaluable,

    /// <summary>Följs upp: a monitor-only measure; its values are reported and never counted.</summary>
    Monitored,
}
