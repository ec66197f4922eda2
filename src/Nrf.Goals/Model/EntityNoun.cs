namespace Nrf.Goals.Model;

/// <summary>
/// How generated report text names the entity, in the definite form used mid-sentence: NRF is <c>förbundet</c>
/// ("Sammantaget bedöms förbundet uppfylla kravet …"), a region <c>regionen</c>. Rule-file key <c>entityNoun</c>.
/// </summary>
/// <param name="Swedish">The Swedish noun, e.g. <c>förbundet</c>.</param>
/// <param name="English">The English noun with its article, e.g. <c>the federation</c>; null to use a neutral default.</param>
public sealed record EntityNoun(string Swedish, string? English);
