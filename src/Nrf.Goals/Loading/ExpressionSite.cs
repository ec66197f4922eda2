using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Parses and checks an expression written in a YAML scalar and places its errors at the right column of the file.</summary>
internal sealed class ExpressionSite
{
    private readonly NodeReader _reader;
    private readonly string[] _lines;
    private readonly IndicatorScope _scope;

    public ExpressionSite(NodeReader reader, string text, IndicatorScope scope)
    {
        _reader = reader;
        _lines = text.Split('\n');
        _scope = scope;
    }

    /// <summary>
    /// A criterion part or a monitored value written in <paramref name="node"/>, checked; its numbers' units are derived
    /// (<see cref="UnitDerivation"/>), and one a reader would see that cannot be derived, and that the rule file does not
    /// state with <paramref name="unit"/>, is a warning at its place.
    /// </summary>
    public CriterionPart? Part(YamlNode node, string? label, ExprType expected, string what, string? unit = null)
    {
        var text = _reader.Text(node, what, expression: true);
        if (text is null)
        {
            return null;
        }

        var scalar = (YamlScalarNode)node;
        var origin = Origin(scalar);
        var folded = scalar.Style != ScalarStyle.Literal && scalar.End.Line > scalar.Start.Line;
        Func<int, SourceLocation> locate = folded ? offset => LocateFolded(origin, text, offset) : offset => Locate(origin, text, offset);
        if (Part(text, origin, label, expected, locate) is not { } part)
        {
            return null;
        }

        part = part with { Unit = unit };
        if (unit is null)
        {
            foreach (var side in UnitDerivation.ComparedSides(part.Expression).Where(side => UnitDerivation.Of(side, _scope.Find) is null))
            {
                var written = text.Substring(side.Start, side.Length);
                _reader.Bag.Warning(locate(side.Start), $"the unit of '{written}' cannot be derived from its indicators' units, so reports show its number without a unit; state it with 'unit:' on the goal (or on the part), e.g. unit: kr");
            }
        }

        return part;
    }

    public CriterionPart? Part(string text, SourceLocation origin, string? label, ExprType expected, Func<int, SourceLocation>? locate = null)
    {
        locate ??= offset => Locate(origin, text, offset);
        var parsed = ExpressionParser.TryParse(text, out var syntaxError);
        if (parsed is null)
        {
            _reader.Bag.Error(locate(syntaxError!.Offset), syntaxError.Message);
            return null;
        }

        var binder = new ExpressionBinder(_scope);
        var bound = binder.Bind(parsed, expected);
        foreach (var error in binder.Errors)
        {
            _reader.Bag.Error(locate(error.Offset), error.Message);
        }

        return binder.Errors.Count == 0 ? new CriterionPart(label, text, bound, origin) : null;
    }

    /// <summary>Where the scalar's text starts in the file: after a quote, or on the first line of a block scalar.</summary>
    public SourceLocation Origin(YamlScalarNode node)
    {
        var at = _reader.At(node);
        switch (node.Style)
        {
            case ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted:
                return at.Offset(1);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (var line = at.Line; line < _lines.Length; line++)
                {
                    var content = _lines[line];
                    if (content.Trim().Length > 0)
                    {
                        return at with { Line = line + 1, Column = content.Length - content.TrimStart().Length + 1 };
                    }
                }

                return at;
            default:
                return at;
        }
    }

    /// <summary>
    /// For plain and folded scalars over several lines, YAML joins the lines with one space; walk the source lines
    /// to turn an offset in the joined value back into the line and column where the analyst wrote it.
    /// </summary>
    private SourceLocation LocateFolded(SourceLocation origin, string value, int offset)
    {
        var remaining = Math.Clamp(offset, 0, value.Length);
        for (var line = origin.Line; line <= _lines.Length; line++)
        {
            var source = _lines[line - 1].TrimEnd('\r');
            var start = line == origin.Line ? origin.Column - 1 : source.Length - source.TrimStart().Length;
            var segment = start < source.Length ? source[start..].TrimEnd().Length : 0;
            if (segment == 0)
            {
                continue;
            }

            if (remaining <= segment)
            {
                return origin with { Line = line, Column = start + remaining + 1 };
            }

            remaining -= segment + 1;
        }

        return origin;
    }

    public static SourceLocation Locate(SourceLocation origin, string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lineBreak = text.LastIndexOf('\n', Math.Max(0, offset - 1));
        if (lineBreak < 0 || lineBreak >= offset)
        {
            return origin.Offset(offset);
        }

        var line = origin.Line + text.AsSpan(0, offset).Count('\n');
        return origin with { Line = line, Column = origin.Column + (offset - lineBreak - 1) };
    }
}
