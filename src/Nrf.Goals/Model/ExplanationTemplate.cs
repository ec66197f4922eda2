using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Words;

namespace Nrf.Goals.Model;

/// <summary>
/// A Swedish sentence with placeholders, e.g.
/// <c>BG beslutsför vid {bg_meetings_quorate} av {bg_meetings_planned} möten ({bg_meetings_quorate / bg_meetings_planned:pct}), mål minst 90 %</c>.
/// </summary>
/// <param name="Text">The template as written.</param>
/// <param name="Placeholders">The checked placeholders, in order.</param>
public sealed record ExplanationTemplate(string Text, ImmutableArray<TemplatePlaceholder> Placeholders);

/// <summary>
/// One <c>{expression:format}</c> placeholder of an <see cref="ExplanationTemplate"/>; with a singular/plural form,
/// <c>{expression|möte|möten}</c>, the number is followed by the word that agrees with it; a yes/no placeholder may give
/// its words for yes and no instead of <c>ja</c> and <c>nej</c>, <c>{flag|lämnad|inte lämnad}</c>.
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
    /// What a yes/no placeholder writes for yes (<c>{care_pathway_feedback_to_skr|lämnad|inte lämnad}</c>: <c>lämnad</c>),
    /// or null for the plain <c>ja</c>.
    /// </summary>
    public string? WhenYes { get; init; }

    /// <summary>What a yes/no placeholder writes for no (<c>inte lämnad</c>), or null for the plain <c>nej</c>.</summary>
    public string? WhenNo { get; init; }

    /// <summary>A yes/no placeholder's text: its own words where the template gives them, else <c>ja</c> or <c>nej</c>.</summary>
    public string Write(bool flag) => (flag ? WhenYes : WhenNo) ?? NumberText.YesNo(flag);

    /// <summary>
    /// The word that agrees with <paramref name="number"/> as the placeholder prints it (rounded by its
    /// <see cref="Format"/>: 0,6 with <c>n0</c> prints 1, so "1 möte"): Swedish takes the singular for exactly one, the
    /// plural for anything else.
    /// </summary>
    public string? WordFor(decimal number) => Agreeing(Print(number).Shown);

    /// <summary>
    /// <paramref name="number"/> as the placeholder writes it: rounded by its <see cref="Format"/> (<c>pct</c>: the ratio
    /// as per cent to one decimal, <c>89,7 %</c>; <c>n0</c>–<c>n3</c> to their decimals; none to at most three), followed
    /// by the word that agrees with it when the placeholder has a singular and plural (<c>3 möten</c>).
    /// </summary>
    public string Write(decimal number)
    {
        var (text, shown) = Print(number);
        return Agreeing(shown) is { } word ? $"{text} {word}" : text;
    }

    private string? Agreeing(decimal shown) => Math.Abs(shown) == 1m ? Singular : Plural;

    /// <summary>
    /// The one rounding of a number by a template format: the text the format writes and the number that text shows, so
    /// that the word after it agrees with what the reader sees.
    /// </summary>
    private (string Text, decimal Shown) Print(decimal number) => Format switch
    {
        // Beyond decimal's range a hundredth of it cannot be a per cent: NumberText writes the ratio times 100.
        "pct" => (NumberText.Percent(number), Math.Abs(number) <= decimal.MaxValue / 100m ? Round(number * 100m, 1) : number),
        "n0" => (NumberText.Format(number, 0), Round(number, 0)),
        "n1" => (NumberText.Format(number, 1), Round(number, 1)),
        "n2" => (NumberText.Format(number, 2), Round(number, 2)),
        "n3" => (NumberText.Format(number, 3), Round(number, 3)),
        _ => (NumberText.Format(number), Round(number, 3)),
    };

    private static decimal Round(decimal number, int decimals) => decimal.Round(number, decimals, MidpointRounding.AwayFromZero);
}
