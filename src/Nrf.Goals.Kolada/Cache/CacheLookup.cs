namespace Nrf.Goals.Kolada;

/// <summary>What the cache holds for a question: the answer, nothing, or an entry that is damaged (and why).</summary>
internal readonly record struct CacheLookup(KoladaAnswer? Answer, string? Damage)
{
    public static CacheLookup Miss => default;

    public bool IsMiss => Answer is null && Damage is null;
}
