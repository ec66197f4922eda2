using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads a goal's <c>explanation:</c>, a Swedish sentence with <c>{expression}</c> placeholders (a format after <c>:</c>;
/// after <c>|</c> a singular and a plural, or a yes/no's words for yes and no), each placeholder checked and located at
/// its column.
/// </summary>
internal sealed class ExplanationTemplateReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    public ExplanationTemplate? Read(YamlNode node, ExpressionSite site, string what)
    {
        if (_r.Text(node, $"the explanation of {what}") is not { } text)
        {
            return null;
        }

        var origin = site.Origin((YamlScalarNode)node);
        var placeholders = ImmutableArray.CreateBuilder<TemplatePlaceholder>();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            var close = text.IndexOf('}', i);
            if (close < 0)
            {
                _r.Bag.Error(ExpressionSite.Locate(origin, text, i), "this '{' in the explanation is not closed with '}'");
                return null;
            }

            var placeholder = ReadPlaceholder(text, i, close, origin, site, ref ok);
            if (placeholder is not null)
            {
                placeholders.Add(placeholder);
            }

            i = close;
        }

        return ok ? new ExplanationTemplate(text, placeholders.ToImmutable()) : null;
    }

    /// <summary>
    /// The placeholder between <paramref name="open"/> and <paramref name="close"/>: <c>{expression:format|singular|plural}</c>;
    /// every problem in it clears <paramref name="ok"/>, and null means the expression itself is wrong.
    /// </summary>
    private TemplatePlaceholder? ReadPlaceholder(string text, int open, int close, SourceLocation origin, ExpressionSite site, ref bool ok)
    {
        var inner = text[(open + 1)..close];
        if (inner.IndexOf('{') is var nested and >= 0)
        {
            // {n|möte|{möten}} closed at the first '}' and printed "{möten}" with the brace after it as text.
            _r.Bag.Error(ExpressionSite.Locate(origin, text, open + 1 + nested), $"placeholders do not nest: this '{{' is inside another placeholder; write {{{inner.Replace("{", string.Empty, StringComparison.Ordinal).Trim()}}}");
            ok = false;
            return null;
        }

        string? singular = null, plural = null;
        if (inner.IndexOf('|') is var bar and >= 0)
        {
            var words = inner[(bar + 1)..].Split('|', StringSplitOptions.TrimEntries);
            var formatAt = inner.IndexOf(':', bar);
            if (formatAt >= 0)
            {
                // {n|möte|möten:pct} printed "3 möten:pct": a format after the words is read as part of the plural.
                _r.Bag.Error(ExpressionSite.Locate(origin, text, open + 1 + formatAt), $"a format goes right after the expression, before the singular and plural: write {{{inner[..bar].Trim()}{inner[formatAt..].Split('|')[0].Trim()}|{string.Join('|', words.Select(w => w.Split(':')[0].Trim()))}}}");
                ok = false;
            }
            else if (words.Length != 2 || words.Any(w => w.Length == 0))
            {
                _r.Bag.Error(ExpressionSite.Locate(origin, text, open + 1 + bar), "after '|' come two words: the singular and the plural after a number ({coordination_meetings_held|möte|möten}), or what a yes/no writes for yes and for no ({care_pathway_feedback_to_skr|lämnad|inte lämnad})");
                ok = false;
            }
            else
            {
                (singular, plural) = (words[0], words[1]);
            }

            inner = inner[..bar];
        }

        var colon = inner.LastIndexOf(':');
        var format = colon >= 0 ? inner[(colon + 1)..].Trim() : null;
        var expression = colon >= 0 ? inner[..colon] : inner;
        if (format is not null && format is not ("pct" or "n0" or "n1" or "n2" or "n3"))
        {
            _r.Bag.Error(ExpressionSite.Locate(origin, text, open + 1 + colon + 1), $"'{format}' is not a format; use pct, n0, n1, n2 or n3");
            ok = false;
        }

        var part = site.Part(expression, ExpressionSite.Locate(origin, text, open + 1), null, ExprType.Number);
        ok &= part is not null;
        if (part is not null && format is not null && part.Expression.Type.IsYesNo())
        {
            _r.Bag.Error(ExpressionSite.Locate(origin, text, open + 1 + colon + 1), $"a yes/no placeholder has no number format; write {{{expression.Trim()}}}, or {{{expression.Trim()}|lämnad|inte lämnad}} for words of your own");
            ok = false;
        }

        // After a yes/no the two words are what it writes for yes and for no; after a number, the singular and the plural.
        return part is null ? null
            : part.Expression.Type.IsYesNo() ? new TemplatePlaceholder(open, close - open + 1, part, format) { WhenYes = singular, WhenNo = plural }
            : new TemplatePlaceholder(open, close - open + 1, part, format) { Singular = singular, Plural = plural };
    }
}
