using Nrf.Goals.Diagnostics;
using YamlDotNet.Core;

namespace Nrf.Goals.Loading;

/// <summary>
/// Turns YamlDotNet's syntax errors into plain, located messages: a tab in the indentation, a duplicate key, an unclosed
/// bracket or quote, each pointed at where the writer can fix it rather than where the scanner noticed it.
/// </summary>
internal static class YamlErrors
{
    public static void Report(YamlException e, string name, string text, DiagnosticBag bag)
    {
        var message = e.InnerException?.Message ?? e.Message;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentedLine(text, (int)e.Start.Line) is { } tabLine)
        {
            // YamlDotNet reports tabs where its scanner noticed them, often the line before; point at the tab itself.
            bag.Error(new SourceLocation(name, tabLine, 1), "tabs are not allowed for indentation in YAML; indent with spaces");
            return;
        }

        var at = YamlSource.At(name, e.Start);
        if ((message.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) || message.Contains("did not find expected ',' or ']'", StringComparison.Ordinal))
            && UnclosedBracket(text) is { } open)
        {
            // The scanner notices an unclosed '{' or '[' only where the file ends; point at the bracket instead.
            at = new SourceLocation(name, open.Line, open.Column);
        }

        bag.Error(at, Plain(message));
    }

    /// <summary>The first '{' or '[' of a flow collection that is never closed, skipping quoted text and comments.</summary>
    public static (int Line, int Column)? UnclosedBracket(string text)
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
