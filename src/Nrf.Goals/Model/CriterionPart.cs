using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;

namespace Nrf.Goals.Model;

/// <summary>One part of a goal's pass criterion: an expression over indicators that is true when the part is met.</summary>
/// <param name="Label">A short name shown with the part's result, when the rule file gives one.</param>
/// <param name="Text">The expression as the analyst wrote it.</param>
/// <param name="Expression">The checked expression.</param>
/// <param name="Location">Where the expression starts.</param>
public sealed record CriterionPart(string? Label, string Text, Expr Expression, SourceLocation Location);
