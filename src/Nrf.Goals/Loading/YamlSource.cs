using Nrf.Goals.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads one YAML (or JSON) file into a node tree with positions, turning every failure into a located diagnostic.</summary>
internal static class YamlSource
{
    public static string ReadFile(string path, DiagnosticBag bag) =>
        InputFile.ReadBytes(path, bag) is { } bytes ? InputText.Decode(bytes, path, bag) : string.Empty;

    public static string ReadStream(Stream stream, string name, DiagnosticBag bag) =>
        InputFile.ReadBytes(stream, name, bag) is { } bytes ? InputText.Decode(bytes, name, bag) : string.Empty;

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
        if (!RefuseInvisibleCharacters(text, name, bag) || !YamlPreScan.Check(text, name, bag))
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
            YamlErrors.Report(e, name, text, bag);
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
}
