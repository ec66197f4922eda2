using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;

namespace Nrf.Goals.Model;

/// <summary>
/// A Swedish sentence with placeholders, e.g.
/// <c>BG beslutsför vid {bg_meetings_quorate} av {bg_meetings_planned} möten ({bg_meetings_quorate / bg_meetings_planned:pct}), mål ≥ 90 %</c>.
/// </summary>
/// <param name="Text">The template as written.</param>
/// <param name="Placeholders">The checked placeholders, in order.</param>
public sealed record ExplanationTemplate(string Text, ImmutableArray<TemplatePlaceholder> Placeholders);

/// <summary>One <c>{expression:format}</c> placeholder of an <see cref="ExplanationTemplate"/>.</summary>
/// <param name="Start">Index of the opening brace in the template text.</param>
/// <param name="Length">Length including both braces.</param>
/// <param name="Part">The expression.</param>
/// <param name="Format">The format: none (plain number), <c>pct</c> (a ratio as per cent), <c>n0</c>…<c>n3</c> (decimals).</param>
public sealed record TemplatePlaceholder(int Start, int Length, CriterionPart Part, string? Format);
