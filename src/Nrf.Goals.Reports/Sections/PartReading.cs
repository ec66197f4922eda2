using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Reports;

/// <summary>One part of the case a goal was judged by: as written, as evaluated, its reader and the numbers behind it.</summary>
/// <param name="Part">The criterion part.</param>
/// <param name="Result">Its result, when the goal's result has it.</param>
/// <param name="Reader">Reads it in words.</param>
/// <param name="Values">The numbers evaluation computed for it.</param>
internal sealed record PartReading(CriterionPart Part, PartResult? Result, PartReader Reader, ReadValues Values);
