using Nrf.Goals.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Nrf.Goals.Loading;

/// <summary>
/// Walks a YAML file's event stream once before any node is built, so that a hostile or broken file is refused quickly
/// and at its position: aliases, tags, nesting deeper than <see cref="InputLimits.MaxDepth"/>, more than
/// <see cref="InputLimits.MaxNodes"/> values.
/// </summary>
internal static class YamlPreScan
{
    /// <summary>
    /// True when the file may be parsed into nodes; otherwise reports its first problem and returns false. Aliases are
    /// refused because their expansion can be exponential ("billion laughs").
    /// </summary>
    public static bool Check(string text, string name, DiagnosticBag bag)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if (!Allowed(parser.Current!, ref depth, ref nodes, name, bag))
                {
                    return false;
                }

                last = parser.Current!.Start;
            }
        }
        catch (YamlException e)
        {
            YamlErrors.Report(e, name, text, bag);
            return false;
        }
        catch (ArgumentException)
        {
            // YamlDotNet 18 throws this for some malformed tags (!<>, !!str] in a flow mapping) instead of a YamlException.
            var at = TagAfter(text, last) is { } tag ? new SourceLocation(name, tag.Line, tag.Column) : YamlSource.At(name, last);
            bag.Error(at, "the YAML syntax is broken here: a malformed tag ('!'); YAML tags are not supported, write the plain value");
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this instead of a YamlException for some unclosed flow collections.
            var open = YamlErrors.UnclosedBracket(text);
            var at = open is { } o ? new SourceLocation(name, o.Line, o.Column) : YamlSource.At(name, last);
            var what = open is { } b && text.Split('\n')[b.Line - 1][b.Column - 1] == '[' ? "a '[ … ]' is not closed or misses a ','" : "a '{ … }' is not closed or misses a ','";
            bag.Error(at, "the YAML syntax is broken here: " + what);
            return false;
        }

        return true;
    }

    /// <summary>False after reporting an event the file may not hold: an alias, a tag, nesting or values beyond the limits.</summary>
    private static bool Allowed(ParsingEvent current, ref int depth, ref int nodes, string name, DiagnosticBag bag)
    {
        switch (current)
        {
            case AnchorAlias alias:
                bag.Error(YamlSource.At(name, alias.Start), $"YAML aliases (*{alias.Value}) are not supported; write the value out");
                return false;
            case MappingStart or SequenceStart:
                if (++depth > InputLimits.MaxDepth)
                {
                    bag.Error(YamlSource.At(name, current.Start), $"the file nests deeper than {InputLimits.MaxDepth} levels");
                    return false;
                }

                break;
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        if (current is NodeEvent && ++nodes > InputLimits.MaxNodes)
        {
            bag.Error(YamlSource.At(name, current.Start), $"the file has more than {InputLimits.MaxNodes} values");
            return false;
        }

        if (current is NodeEvent { Tag.IsEmpty: false } tagged)
        {
            // Tags ask a YAML library to build a type (!!python/object, !System.IO.File); nothing here needs one.
            bag.Error(YamlSource.At(name, tagged.Start), $"YAML tags ({tagged.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}) are not supported; write the plain value");
            return false;
        }

        return true;
    }

    /// <summary>The first '!' at or after <paramref name="mark"/> outside quotes: where a malformed tag starts.</summary>
    private static (int Line, int Column)? TagAfter(string text, Mark mark)
    {
        var lines = text.Split('\n');
        for (var l = (int)Math.Max(1, mark.Line); l <= lines.Length; l++)
        {
            var from = l == mark.Line ? (int)Math.Max(0, mark.Column - 1) : 0;
            var bang = from < lines[l - 1].Length ? lines[l - 1].IndexOf('!', from) : -1;
            if (bang >= 0)
            {
                return (l, bang + 1);
            }
        }

        return null;
    }
}
