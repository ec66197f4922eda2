namespace Nrf.Goals.Model;

/// <summary>The two kinds of goal that god ekonomisk hushållning is judged on.</summary>
public enum GoalCategory
{
    /// <summary>Verksamhetsmål: a goal for what the organisation does.</summary>
    Operational,

    /// <summary>Finansiellt (ekonomiskt) mål: a goal for the finances.</summary>
    Financial,
}
