using System.Collections.Immutable;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>Reads <c>dimensions:</c>, the breakdowns beside the built-in sex (K, M, T), each with its keys.</summary>
internal sealed class DimensionReader(NodeReader r)
{
    private readonly NodeReader _r = r;

    public ImmutableArray<Dimension> Read(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<Dimension>();
        result.Add(Dimension.Sex);
        if (node is null || _r.Mapping(node, "dimensions") is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var (keyNode, valueNode) in map.Entries)
        {
            var name = _r.Text(keyNode, "a dimension's name");
            if (name is null)
            {
                continue;
            }

            if (result.Any(d => d.Name == name))
            {
                _r.Error(keyNode, name == "sex" ? "the dimension 'sex' is built in (K, M, T); do not declare it" : $"the dimension '{name}' is declared twice");
                continue;
            }

            var keys = ImmutableArray.CreateBuilder<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal); // keys.Contains made 190 000 keys take 51 s
            if (_r.Sequence(valueNode, $"the keys of dimension '{name}'") is { } list)
            {
                foreach (var item in list)
                {
                    if (_r.Text(item, $"a key of dimension '{name}'") is { } key)
                    {
                        if (!seen.Add(key))
                        {
                            _r.Error(item, $"the key '{key}' appears twice in dimension '{name}'");
                        }
                        else
                        {
                            keys.Add(key);
                        }
                    }
                }
            }

            result.Add(new Dimension(name, keys.ToImmutable()));
        }

        return result.ToImmutable();
    }
}
