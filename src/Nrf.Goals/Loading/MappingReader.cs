using Nrf.Goals.Diagnostics;
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
        // A baseline knows every key of its dimension (190 000 of them in a hostile file): look them up in a set, and
        // sort and list them once, not per unknown key.
        var knownSet = new HashSet<string>(known, StringComparer.Ordinal);
        string[]? allowed = null;
        string? listed = null;
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!_seen.Contains(key) && !knownSet.Contains(key))
            {
                allowed ??= knownSet.Union(_seen).Order(StringComparer.Ordinal).ToArray();
                listed ??= Diagnostics.MessageList.Join(allowed);
                var hint = Suggestions.DidYouMean(key, allowed);
                _reader.Error(keyNode, $"unknown key '{key}' in {_what}{hint}; allowed keys are {listed}");
            }
        }
    }
}
