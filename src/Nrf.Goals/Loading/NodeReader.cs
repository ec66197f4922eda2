using Nrf.Goals.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Typed, located reads of YAML nodes; every wrong value becomes a plain diagnostic and reading goes on.</summary>
internal sealed class NodeReader
{
    public NodeReader(string file, DiagnosticBag bag)
    {
        File = file;
        Bag = bag;
    }

    public string File { get; }

    public DiagnosticBag Bag { get; }

    public SourceLocation At(YamlNode node) => YamlSource.At(File, node.Start);

    public void Error(YamlNode node, string message) => Bag.Error(At(node), message);

    public MappingReader? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode m)
        {
            return new MappingReader(this, m, what);
        }

        Error(node, $"{what} should be a mapping (keys and values), not {YamlSource.Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode s)
        {
            return s;
        }

        Error(node, $"{what} should be a list, not {YamlSource.Describe(node)}");
        return null;
    }

    /// <param name="node">The scalar.</param>
    /// <param name="what">What the text is, for messages.</param>
    /// <param name="allowEmpty">True when an empty text is valid.</param>
    /// <param name="expression">
    /// True for expressions: their lexer refuses a control character itself, at the character's own column, so this
    /// reader leaves it to that more precise message.
    /// </param>
    public string? Text(YamlNode node, string what, bool allowEmpty = false, bool expression = false)
    {
        if (node is YamlScalarNode s && (allowEmpty || !string.IsNullOrWhiteSpace(s.Value)))
        {
            if (!expression && ValueText.ControlCharacter(s.Value ?? string.Empty) is { } problem)
            {
                Error(node, $"{what}: {problem}");
                return null;
            }

            return s.Value ?? string.Empty;
        }

        Error(node, node is YamlScalarNode ? $"{what} is empty" : $"{what} should be text, not {YamlSource.Describe(node)}");
        return null;
    }

    public int? Integer(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && ValueText.TryInteger(v, out var i))
        {
            return i;
        }

        Error(node, $"{what} should be a whole number, not {YamlSource.Describe(node)}");
        return null;
    }

    public decimal? Number(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } v })
        {
            Error(node, $"{what} should be a number, not {YamlSource.Describe(node)}");
            return null;
        }

        if (ValueText.TryNumber(v, out var d, out var problem))
        {
            return d;
        }

        Error(node, $"{what}: {problem}");
        return null;
    }

    public bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && ValueText.TryBool(v, out var b))
        {
            return b;
        }

        Error(node, $"{what} should be true or false, not {YamlSource.Describe(node)}");
        return null;
    }

    public DateOnly? Date(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && ValueText.TryDate(v, out var d))
        {
            return d;
        }

        Error(node, node is YamlScalarNode { Value: { } text } && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$")
            ? $"{what}: {text} is not a date in the calendar"
            : $"{what} should be a date written yyyy-mm-dd, not {YamlSource.Describe(node)}");
        return null;
    }
}
