namespace Nrf.Goals.Kolada;

/// <summary>A member of a Kolada municipality group.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Title">The member's name.</param>
public sealed record KoladaGroupMember(string Id, string Title);
