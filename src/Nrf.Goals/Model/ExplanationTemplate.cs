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

/// <summary>
/// One <c>{expression:format}</c> placeholder of an <see cref="ExplanationTemplate"/>; with a singular/plural form,
/// <c>{expression|möte|möten}</c>, the number is followed by the word that agrees with it.
/// </summary>
/// <param name="Start">Index of the opening brace in the template text.</param>
/// <param name="Length">Length including both braces.</param>
/// <param name="Part">The expression.</param>
/// <param name="Format">The format: none (plain number), <c>pct</c> (a ratio as per cent), <c>n0</c>…<c>n3</c> (decimals).</param>
public sealed record TemplatePlaceholder(int Start, int Length, CriterionPart Part, string? Format)
{
    /// <summary>The word after a number that is exactly 1 or −1 (<c>möte</c>), or null without a singular/plural form.</summary>
    public string? Singular { get; init; }

    /// <summary>The word after any other number (<c>möten</c>: 0, 2, 1,5), or null without a singular/plural form.</summary>
    public string? Plural { get; init; }

    /// <summary>
    /// The word that agrees with <paramref name="number"/> as the placeholder prints it (rounded by its
    /// <see cref="Format"/>: 0,6 with <c>n0</c> prints 1, so "1 möte"): Swedish takes the singular for exactly one, the
    /// plural for anything else.
    /// </summary>
    public string? WordFor(decimal number) => Math.Abs(Printed(number)) == 1m ? Singular : Plural;

    /// <summary>The number as the format prints it, rounded as <c>NumberText</c> rounds: a per cent to one decimal, n0–n3 to their decimals, no format to three.</summary>
    private decimal Printed(decimal number) => Format switch
    {
        "pct" => Math.Abs(number) <= decimal.MaxValue / 100m ? decimal.Round(number * 100m, 1, MidpointRounding.AwayFromZero) : number,
        "n0" => decimal.Round(number, 0, MidpointRounding.AwayFromZero),
        "n1" => decimal.Round(number, 1, MidpointRounding.AwayFromZero),
        "n2" => decimal.Round(number, 2, MidpointRounding.AwayFromZero),
        _ => decimal.Round(number, 3, MidpointRounding.AwayFromZero),
    };
}
