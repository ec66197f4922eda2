namespace Nrf.Goals.Kolada;

/// <summary>What went wrong when values were asked of Kolada; each has its own wording in <see cref="KoladaException"/>.</summary>
public enum KoladaFault
{
    /// <summary>Kolada could not be reached: no network, the connection was refused, the name did not resolve.</summary>
    Unreachable,

    /// <summary>Kolada did not answer in time, on any attempt.</summary>
    Timeout,

    /// <summary>Kolada answered with a server error (5xx) on every attempt, or failed so often that the client stopped asking for a while.</summary>
    ServerError,

    /// <summary>Kolada kept answering 429 (too many requests), or asked to wait longer than the client waits.</summary>
    RateLimited,

    /// <summary>Kolada refused the question (another 4xx, or an answer that is only an error message).</summary>
    Refused,

    /// <summary>The answer was not the JSON the API documents: malformed, cut off, or of another shape.</summary>
    MalformedResponse,

    /// <summary>The answer ran to more pages than the client follows (<see cref="KoladaOptions.MaxPages"/>), or its pages went round in a circle.</summary>
    TooManyPages,

    /// <summary>A KPI id asked for is not in Kolada, or is not divided by sex where the indicator is.</summary>
    UnknownKpi,

    /// <summary>The kommun or region asked for is not in Kolada (by id or by name), or the name fits more than one.</summary>
    UnknownMunicipality,

    /// <summary>Offline, and the cache has no answer to the question.</summary>
    NotCached,

    /// <summary>Offline, and the cache's answer to the question is damaged (cut off, edited, or for another question).</summary>
    DamagedCache,

    /// <summary>The cache folder could not be written.</summary>
    CacheNotWritable,
}
