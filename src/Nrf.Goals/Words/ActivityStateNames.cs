using Nrf.Goals.Values;

namespace Nrf.Goals.Words;

/// <summary>
/// The one place for the names of <see cref="ActivityState"/>: <c>done</c>, <c>in-progress</c>, <c>not-started</c> in
/// files and JSON, <c>genomförd</c>, <c>pågår</c>, <c>ej påbörjad</c> in Swedish (read from values too), English words for reports.
/// </summary>
public static class ActivityStateNames
{
    /// <summary>The names a values document may write, for messages.</summary>
    public const string Expected = "done, in-progress or not-started (genomförd, pågår, ej påbörjad)";

    /// <summary>The kebab-case name used in values and JSON: <c>done</c>, <c>in-progress</c>, <c>not-started</c>.</summary>
    public static string Name(ActivityState state) => state switch
    {
        ActivityState.Done => "done",
        ActivityState.InProgress => "in-progress",
        _ => "not-started",
    };

    /// <summary>The Swedish word: genomförd, pågår, ej påbörjad.</summary>
    public static string Swedish(ActivityState state) => state switch
    {
        ActivityState.Done => "genomförd",
        ActivityState.InProgress => "pågår",
        _ => "ej påbörjad",
    };

    /// <summary>The English words: done, in progress, not started.</summary>
    public static string English(ActivityState state) => state switch
    {
        ActivityState.Done => "done",
        ActivityState.InProgress => "in progress",
        _ => "not started",
    };

    /// <summary>Why <paramref name="text"/> is no activity state: <c>the status of the activity 'x' is '…'; it must be done, …</c>.</summary>
    public static string Refusal(string text, string what) => $"the status of the activity {what} is '{text}'; it must be {Expected}";

    /// <summary>Reads a name or a Swedish word (also <c>inte påbörjad</c>), without regard to case; <c>false</c> when it is none.</summary>
    public static bool TryParse(string? text, out ActivityState state)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "done" or "genomförd":
                state = ActivityState.Done;
                return true;
            case "in-progress" or "pågår":
                state = ActivityState.InProgress;
                return true;
            case "not-started" or "ej påbörjad" or "inte påbörjad":
                state = ActivityState.NotStarted;
                return true;
            default:
                state = default;
                return false;
        }
    }
}
