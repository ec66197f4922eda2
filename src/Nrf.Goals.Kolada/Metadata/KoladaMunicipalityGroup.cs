using System.Collections.Immutable;

namespace Nrf.Goals.Kolada;

/// <summary>
/// A municipality group (kommungrupp) of Kolada's reports, e.g. "Liknande kommuner …". Kolada also gives values for a
/// group: the unweighted mean of its members, <see cref="KoladaDataPoint.Count"/> telling how many contributed.
/// </summary>
/// <param name="Id">The group's id, e.g. <c>G37411</c>.</param>
/// <param name="Title">The group's name.</param>
/// <param name="Members">Its members.</param>
public sealed record KoladaMunicipalityGroup(string Id, string Title, ImmutableArray<KoladaGroupMember> Members);
