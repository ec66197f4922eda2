namespace Nrf.Goals.Kolada.Tests.Server;

/// <summary>One answer the recorded server gives: a status, a body (a recorded file or text), headers, and how it misbehaves.</summary>
internal sealed record Reply(int Status, string? File = null, string? Text = null)
{
    /// <summary>Waits this long before answering (the request's abort ends the wait).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>A Retry-After header in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Sends the body's first bytes under a longer Content-Length, then drops the connection.</summary>
    public bool BreakOff { get; init; }

    /// <summary>Sends only the first this many characters of the body (with a matching length): a cut-off answer.</summary>
    public int? CutAt { get; init; }

    public static Reply Json(string file) => new(200, file);

    public static Reply Body(string text, int status = 200) => new(status, Text: text);

    public static Reply Code(int status) => new(status, Text: string.Empty);
}
