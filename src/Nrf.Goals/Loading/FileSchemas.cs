namespace Nrf.Goals.Loading;

/// <summary>
/// The JSON Schemas (draft-07) of the rule-file format and of values documents, as shipped in <c>schemas/</c>: editors
/// such as VS Code's YAML extension use them to complete and check keys. The loaders remain the authority; the schemas
/// describe the same keys.
/// </summary>
public static class FileSchemas
{
    private static readonly Lazy<string> RuleSetText = new(() => Read("rule-set.schema.json"));
    private static readonly Lazy<string> ValuesText = new(() => Read("values.schema.json"));

    /// <summary>The JSON Schema of rule files (<c>schemas/rule-set.schema.json</c>).</summary>
    public static string RuleSet => RuleSetText.Value;

    /// <summary>The JSON Schema of YAML/JSON values documents (<c>schemas/values.schema.json</c>).</summary>
    public static string Values => ValuesText.Value;

    private static string Read(string name)
    {
        using var stream = typeof(FileSchemas).Assembly.GetManifestResourceStream("Nrf.Goals.Schemas." + name)
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in {typeof(FileSchemas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
