namespace Nrf.Goals.Values;

/// <summary>
/// How far an activity ("Aktivitet: Följa genomförandet av digitaliseringsstrategins handlingsplan") has come — what the
/// values report for it instead of a measure. In files: <c>done</c>, <c>in-progress</c>, <c>not-started</c> (Swedish <c>genomförd</c>, <c>pågår</c>, <c>ej påbörjad</c>).
/// </summary>
public enum ActivityState
{
    /// <summary>Genomförd: the activity is done.</summary>
    Done,

    /// <summary>Pågår: the activity is in progress.</summary>
    InProgress,

    /// <summary>Ej påbörjad: the activity has not started.</summary>
    NotStarted,
}
