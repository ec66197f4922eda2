using Nrf.Goals.Results;

namespace Nrf.Goals.Reports;

/// <summary>One kommun or region of a <see cref="ComparisonReport"/>, with its result under the rule set.</summary>
/// <param name="Name">Its name as readers know it, e.g. <c>Vårgårda</c>.</param>
/// <param name="Code">Its code, e.g. the kommunkod <c>1442</c>.</param>
/// <param name="IsRegion">True for a region, false for a kommun: the report calls them so.</param>
/// <param name="Result">Its evaluation; statuses suffice.</param>
public sealed record ComparedEntity(string Name, string Code, bool IsRegion, EvaluationResult Result);
