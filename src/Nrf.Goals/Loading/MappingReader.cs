using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads the keys of one mapping and reports any key nobody asked for.</summary>
internal sealed class MappingReader
{
    private readonly NodeReader _reader;
    private readonly string _what;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public MappingReader(NodeReader reader, YamlMappingNode node, string what)
    {
        _reader = reader;
        Node = node;
        _what = what;
    }

    public YamlMappingNode Node { get; }

    public IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries => Node.Children;

    public YamlNode? Optional(string key)
    {
        _seen.Add(key);
        return Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            _reader.Error(Node, $"{_what} is missing the required key '{key}'");
        }

        return value;
    }

    /// <summary>Reports every key that was not read, suggesting the closest known key.</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!_seen.Contains(key) && !known.Contains(key))
            {
                var allowed = known.Concat(_seen).Distinct().ToArray();
                var hint = Expressions.Suggestions.DidYouMean(key, allowed);
                _reader.Error(keyNode, $"unknown key '{key}' in {_what}{hint}; allowed keys are {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
            }
        }
    }
}
