namespace Nrf.Goals.Cli.Kolada;

/// <summary><c>--values kolada:1442</c> (or <c>kolada:Vårgårda</c>): values fetched from Kolada for one kommun or region instead of read from a file.</summary>
internal static class KoladaValuesArgument
{
    /// <summary>The prefix that names Kolada as the values' source.</summary>
    public const string Prefix = "kolada:";

    /// <summary>The kommun or region <paramref name="values"/> names after <c>kolada:</c>; null for a file (one so named is a file).</summary>
    /// <exception cref="Commands.UsageException">Nothing follows <c>kolada:</c>.</exception>
    public static string? Municipality(string values)
    {
        if (!values.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || File.Exists(values))
        {
            return null;
        }

        var name = values[Prefix.Length..].Trim();
        return name.Length > 0 ? name : throw new Commands.UsageException("--values kolada: names no kommun or region; write its code or name, e.g. kolada:1442 or kolada:Vårgårda");
    }
}
