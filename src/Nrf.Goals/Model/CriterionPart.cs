using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;

namespace Nrf.Goals.Model;

/// <summary>One part of a goal's pass criterion: an expression over indicators that is true when the part is met.</summary>
/// <param name="Label">A short name shown with the part's result, when the rule file gives one.</param>
/// <param name="Text">The expression as the analyst wrote it.</param>
/// <param name="Expression">The checked expression.</param>
/// <param name="Location">Where the expression starts.</param>
public sealed record CriterionPart(string? Label, string Text, Expr Expression, SourceLocation Location)
{
    /// <summary>
    /// The unit the rule file states for the part's numbers (<c>unit:</c> on the part, or else on its goal), where it
    /// cannot be derived from the expression (<see cref="UnitDerivation"/>); null when none is stated.
    /// </summary>
    public string? Unit { get; internal init; }
}
