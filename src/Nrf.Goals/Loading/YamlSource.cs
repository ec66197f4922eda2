using System.Text;
using Nrf.Goals.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads one YAML (or JSON) file into a node tree with positions, turning every failure into a located diagnostic.</summary>
internal static class YamlSource
{
    public static string ReadFile(string path, DiagnosticBag bag) =>
        InputFile.ReadBytes(path, bag) is { } bytes ? Decode(bytes, path, bag) : string.Empty;

    public static string ReadStream(Stream stream, string name, DiagnosticBag bag) =>
        InputFile.ReadBytes(stream, name, bag) is { } bytes ? Decode(bytes, name, bag) : string.Empty;

    public static string Decode(byte[] bytes, string name, DiagnosticBag bag)
    {
        try
        {
            // Strict UTF-8 (BOM allowed): a file saved as Windows-1252 must be refused, not read with mangled å ä ö.
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index < 0 ? 0 : e.Index;
            var line = 1 + bytes.Take(offset).Count(b => b == (byte)'\n');
            bag.Error(new SourceLocation(name, line, 1), "the file is not UTF-8 text; save it as UTF-8 (Excel: 'CSV UTF-8', editors: 'UTF-8')");
            return string.Empty;
        }
    }

    /// <summary>Parses <paramref name="text"/>; returns the root mapping, or null after reporting why there is none.</summary>
    public static YamlMappingNode? LoadRoot(string text, string name, string whatItShouldBe, DiagnosticBag bag)
    {
        if (!PreScan(text, name, bag))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Report(e, name, text, bag);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            bag.Error(new SourceLocation(name, 1, 1), $"the file is empty; it should hold {whatItShouldBe}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            bag.Error(At(name, stream.Documents[1].RootNode.Start), "the file holds more than one YAML document ('---'); put one in each file");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        bag.Error(At(name, root.Start), $"the file should hold {whatItShouldBe} (keys and values), not {Describe(root)}");
        return null;
    }

    /// <summary>
    /// Walks the event stream once before building nodes: refuses aliases (no exponential "billion laughs" expansion),
    /// too deep nesting and too many nodes, each at its position.
    /// </summary>
    private static bool PreScan(string text, string name, DiagnosticBag bag)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        bag.Error(At(name, alias.Start), $"YAML aliases (*{alias.Value}) are not supported; write the value out");
                        return false;
                    case MappingStart or SequenceStart:
                        if (++depth > InputLimits.MaxDepth)
                        {
                            bag.Error(At(name, parser.Current.Start), $"the file nests deeper than {InputLimits.MaxDepth} levels");
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }

                if (parser.Current is NodeEvent && ++nodes > InputLimits.MaxNodes)
                {
                    bag.Error(At(name, parser.Current.Start), $"the file has more than {InputLimits.MaxNodes} values");
                    return false;
                }
            }
        }
        catch (YamlException e)
        {
            Report(e, name, text, bag);
            return false;
        }

        return true;
    }

    public static SourceLocation At(string name, Mark mark) =>
        new(name, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping (keys and values)",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: "" or null } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unsupported value",
    };

    private static void Report(YamlException e, string name, string text, DiagnosticBag bag)
    {
        var message = e.InnerException?.Message ?? e.Message;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentedLine(text, (int)e.Start.Line) is { } tabLine)
        {
            // YamlDotNet reports tabs where its scanner noticed them, often the line before; point at the tab itself.
            bag.Error(new SourceLocation(name, tabLine, 1), "tabs are not allowed for indentation in YAML; indent with spaces");
            return;
        }

        var at = At(name, e.Start);
        if ((message.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) || message.Contains("did not find expected ',' or ']'", StringComparison.Ordinal))
            && UnclosedBracket(text) is { } open)
        {
            // The scanner notices an unclosed '{' or '[' only where the file ends; point at the bracket instead.
            at = new SourceLocation(name, open.Line, open.Column);
        }

        bag.Error(at, Plain(message));
    }

    /// <summary>The first '{' or '[' of a flow collection that is never closed, skipping quoted text and comments.</summary>
    private static (int Line, int Column)? UnclosedBracket(string text)
    {
        var open = new Stack<(char Bracket, int Line, int Column)>();
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            char? quote = null;
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is not null)
                {
                    quote = ch == quote ? null : quote;
                }
                else if (ch is '"' or '\'' && (c == 0 || line[c - 1] is ' ' or '{' or '[' or ',' or ':'))
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
                {
                    break;
                }
                else if (ch is '{' or '[')
                {
                    open.Push((ch, l + 1, c + 1));
                }
                else if (ch is '}' or ']' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        return open.Count == 0 ? null : open.Reverse().Select(o => (o.Line, o.Column)).First();
    }

    private static int? TabIndentedLine(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indent.Contains('\t', StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Plain(string message)
    {
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return "this key appears twice in the same mapping; each key may appear once";
        }

        return "the YAML syntax is broken here: " + message.TrimEnd('.') switch
        {
            var m when m.Contains("did not find expected key", StringComparison.Ordinal) || m.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
                => "a line is indented wrongly or a key is missing its ':'",
            var m when m.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) => "a '{ … }' is not closed or misses a ','",
            var m when m.Contains("did not find expected ',' or ']'", StringComparison.Ordinal) => "a '[ … ]' is not closed or misses a ','",
            var m when m.Contains("mapping values are not allowed", StringComparison.Ordinal) || m.Contains("found invalid mapping", StringComparison.Ordinal)
                => "a ':' where a value was expected (quote text that contains ': ')",
            var m => m,
        };
    }
}
