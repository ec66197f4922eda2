namespace Nrf.Goals.Kolada;

/// <summary>How the client uses its on-disk cache of Kolada's answers.</summary>
public enum KoladaCacheMode
{
    /// <summary>An answer in the cache is used; a question not in it (or whose entry is damaged) is asked of Kolada and the answer kept.</summary>
    ReadWrite,

    /// <summary>Never touches the network: every answer comes from the cache, and a question not in it is a <see cref="KoladaFault.NotCached"/> fault.</summary>
    Offline,

    /// <summary>Every question is asked of Kolada again and the cache entry replaced.</summary>
    Refresh,
}
