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
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            bag.Error(new SourceLocation(name, 1, 1), "the file is UTF-16 text; save it as UTF-8 (Excel: 'CSV UTF-8', editors: 'UTF-8')");
            return string.Empty;
        }

        string text;
        try
        {
            // Strict UTF-8 (BOM allowed): a file saved as Windows-1252 must be refused, not read with mangled å ä ö.
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The decoder reports the offset within its internal buffer, not the file; find the first bad byte ourselves.
            var offset = FirstInvalidUtf8(bytes);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
            var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart);
            bag.Error(new SourceLocation(name, line, column), "the file is not UTF-8 text; save it as UTF-8 (Excel: 'CSV UTF-8', editors: 'UTF-8')");
            return string.Empty;
        }

        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, true);
        var good = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2;
            try
            {
                decoder.GetCharCount(bytes, i, Math.Min(length, bytes.Length - i));
            }
            catch (DecoderFallbackException)
            {
                return i;
            }

            i += length;
            good = i;
        }

        return good;
    }

    /// <summary>
    /// Refuses control characters and a byte order mark after the start: YAML forbids the former, and both are
    /// invisible in editors, so a title or key holding one would look right and compare wrong. NUL usually means UTF-16.
    /// </summary>
    private static bool RefuseInvisibleCharacters(string text, string name, DiagnosticBag bag)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (c is '\t' or '\r' || (!char.IsControl(c) && c is not ('\uFEFF' or '\uFFFE' or '\uFFFF')))
            {
                continue;
            }

            var message = c switch
            {
                '\uFFFE' or '\uFFFF' => $"the noncharacter U+{(int)c:X4} is not allowed in text; delete it",
                '\0' => "the file holds NUL characters, so it is not UTF-8 text (perhaps UTF-16); save it as UTF-8",
                '\uFEFF' => "a byte order mark (U+FEFF) in the middle of the file, perhaps from pasting two files together; delete it",
                _ => $"the control character U+{(int)c:X4} is not allowed in YAML; delete it",
            };
            bag.Error(new SourceLocation(name, line, 1 + i - lineStart), message);
            return false;
        }

        return true;
    }

    /// <summary>Parses <paramref name="text"/>; returns the root mapping, or null after reporting why there is none.</summary>
    public static YamlMappingNode? LoadRoot(string text, string name, string whatItShouldBe, DiagnosticBag bag)
    {
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (!RefuseInvisibleCharacters(text, name, bag) || !PreScan(text, name, bag))
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
        var last = Mark.Empty;
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

                if (parser.Current is NodeEvent { Tag.IsEmpty: false } tagged)
                {
                    // Tags ask a YAML library to build a type (!!python/object, !System.IO.File); nothing here needs one.
                    bag.Error(At(name, tagged.Start), $"YAML tags ({tagged.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}) are not supported; write the plain value");
                    return false;
                }

                last = parser.Current!.Start;
            }
        }
        catch (YamlException e)
        {
            Report(e, name, text, bag);
            return false;
        }
        catch (ArgumentException)
        {
            // YamlDotNet 18 throws this for some malformed tags (!<>, !!str] in a flow mapping) instead of a YamlException.
            var at = TagAfter(text, last) is { } tag ? new SourceLocation(name, tag.Line, tag.Column) : At(name, last);
            bag.Error(at, "the YAML syntax is broken here: a malformed tag ('!'); YAML tags are not supported, write the plain value");
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this instead of a YamlException for some unclosed flow collections.
            var open = UnclosedBracket(text);
            var at = open is { } o ? new SourceLocation(name, o.Line, o.Column) : At(name, last);
            var what = open is { } b && text.Split('\n')[b.Line - 1][b.Column - 1] == '[' ? "a '[ … ]' is not closed or misses a ','" : "a '{ … }' is not closed or misses a ','";
            bag.Error(at, "the YAML syntax is broken here: " + what);
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
            var m when m.Contains("multi-line double-quoted scalar, found wrong indentation", StringComparison.Ordinal) || m.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal)
                => "this quoted text is never closed; add the closing quote",
            var m when m.Contains("found unknown escape character", StringComparison.Ordinal)
                => "this double-quoted text has a '\\' that is not an escape like \\n; write \\\\ for a backslash or use single quotes",
            var m => m,
        };
    }
}
