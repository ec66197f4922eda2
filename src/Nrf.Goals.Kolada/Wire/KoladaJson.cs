using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Reads Kolada's JSON as the Hypergene/kolada README documents it: every answer is
/// <c>{"values": [...], "count": n, "previous_page": "...", "next_page": "..."}</c>, the items' shape depending on the
/// route. Anything else — not JSON, cut off, a missing field — is a <see cref="KoladaFault.MalformedResponse"/> that
/// names the address and the place; an answer that is only <c>{"error": "..."}</c> is Kolada refusing the question.
/// </summary>
internal static class KoladaJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Checks one page and reads where the next one is (<c>next_page</c>; <c>next_url</c> as version 3 names it).</summary>
    /// <exception cref="KoladaException">The page is not a documented answer.</exception>
    public static KoladaPage ReadPage(string text, Uri address)
    {
        using var document = Parse(text, address);
        var root = document.RootElement;
        _ = Values(root, address);
        foreach (var name in (ReadOnlySpan<string>)["next_page", "next_url"])
        {
            if (root.TryGetProperty(name, out var next))
            {
                switch (next.ValueKind)
                {
                    case JsonValueKind.String when next.GetString() is { Length: > 0 } s:
                        return new KoladaPage(s);
                    case JsonValueKind.String or JsonValueKind.Null:
                        break;
                    default:
                        throw Malformed(address, $"'{name}' should be an address or null, not {Describe(next)}");
                }
            }
        }

        return new KoladaPage(null);
    }

    /// <summary>Reads the items of every page of <paramref name="answer"/> with <paramref name="read"/>.</summary>
    /// <exception cref="KoladaException">A page or an item is not as documented.</exception>
    public static ImmutableArray<T> ReadItems<T>(KoladaAnswer answer, Func<JsonElement, KoladaAnswer, IEnumerable<T>> read)
    {
        var items = ImmutableArray.CreateBuilder<T>();
        for (var p = 0; p < answer.Pages.Length; p++)
        {
            using var document = Parse(answer.Pages[p], answer.Address);
            var values = Values(document.RootElement, answer.Address);
            var i = 0;
            foreach (var item in values.EnumerateArray())
            {
                try
                {
                    items.AddRange(read(item, answer));
                }
                catch (ShapeException e)
                {
                    var page = answer.Pages.Length > 1 ? $"page {p + 1}, " : string.Empty;
                    throw Malformed(answer.Address, $"{page}values[{i}]: {e.Message}");
                }

                i++;
            }
        }

        return items.ToImmutable();
    }

    /// <summary>One item of a data answer: a KPI, a municipality and a period, with up to three values (T, K, M).</summary>
    public static IEnumerable<KoladaDataPoint> DataPoints(JsonElement item, KoladaAnswer answer)
    {
        var kpi = RequiredText(item, "kpi");
        var municipality = RequiredText(item, "municipality");
        var year = Period(item);
        var values = Required(item, "values");
        if (values.ValueKind != JsonValueKind.Array)
        {
            throw new ShapeException($"'values' should be a list, not {Describe(values)}");
        }

        var points = new List<KoladaDataPoint>();
        var j = 0;
        foreach (var v in values.EnumerateArray())
        {
            try
            {
                var gender = RequiredText(v, "gender");
                if (gender is not ("T" or "K" or "M"))
                {
                    throw new ShapeException($"gender is '{gender}'; Kolada's genders are T (totalt), K (kvinnor) and M (män)");
                }

                var value = Number(v);
                var deleted = Flag(v, "is_deleted") || Flag(v, "isdeleted");
                points.Add(new KoladaDataPoint(kpi, municipality, year, gender, deleted ? null : value, OptionalText(v, "status"), OptionalInt(v, "count"), answer.FetchedAt));
            }
            catch (ShapeException e)
            {
                throw new ShapeException($"values[{j}]: {e.Message}");
            }

            j++;
        }

        return points;
    }

    /// <summary>One item of the <c>municipality</c> route.</summary>
    public static IEnumerable<KoladaMunicipality> Municipality(JsonElement item, KoladaAnswer answer)
    {
        var type = RequiredText(item, "type") switch
        {
            "K" => KoladaMunicipalityType.Kommun,
            "L" or "R" => KoladaMunicipalityType.Region,
            var other => throw new ShapeException($"type is '{other}'; it should be K (kommun) or L (region)"),
        };
        return [new KoladaMunicipality(RequiredText(item, "id"), RequiredText(item, "title"), type)];
    }

    /// <summary>One item of the <c>municipality_groups</c> route.</summary>
    public static IEnumerable<KoladaMunicipalityGroup> Group(JsonElement item, KoladaAnswer answer)
    {
        var members = ImmutableArray.CreateBuilder<KoladaGroupMember>();
        if (item.TryGetProperty("members", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new ShapeException($"'members' should be a list, not {Describe(list)}");
            }

            foreach (var member in list.EnumerateArray())
            {
                members.Add(new KoladaGroupMember(RequiredText(member, "id"), RequiredText(member, "title")));
            }
        }

        return [new KoladaMunicipalityGroup(RequiredText(item, "id"), RequiredText(item, "title"), members.ToImmutable())];
    }

    /// <summary>One item of the <c>kpi</c> route.</summary>
    public static IEnumerable<KoladaKpi> Kpi(JsonElement item, KoladaAnswer answer) =>
    [
        new KoladaKpi(RequiredText(item, "id"), RequiredText(item, "title"), OptionalText(item, "description"), OptionalText(item, "operating_area"),
            OptionalText(item, "municipality_type"), Flag(item, "is_divided_by_gender")),
    ];

    private static JsonDocument Parse(string text, Uri address)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            var cut = text.Length == 0 ? "it is empty" : "it is not valid JSON" + where + "; it may have been cut off";
            throw new KoladaException(KoladaFault.MalformedResponse, $"the answer from Kolada for {address} is not what the API documents: {cut}", address, e);
        }
    }

    private static JsonElement Values(JsonElement root, Uri address)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(address, $"it should be an object with 'values', not {Describe(root)}");
        }

        if (!root.TryGetProperty("values", out var values))
        {
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
            {
                throw new KoladaException(KoladaFault.Refused, $"Kolada refused {address}: {error.GetString()}", address);
            }

            throw Malformed(address, "it has no 'values'");
        }

        return values.ValueKind == JsonValueKind.Array ? values : throw Malformed(address, $"'values' should be a list, not {Describe(values)}");
    }

    private static KoladaException Malformed(Uri address, string what) =>
        new(KoladaFault.MalformedResponse, $"the answer from Kolada for {address} is not what the API documents: {what}", address);

    private static JsonElement Required(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new ShapeException($"it should be an object, not {Describe(item)}");
        }

        return item.TryGetProperty(name, out var value) ? value : throw new ShapeException($"'{name}' is missing");
    }

    private static string RequiredText(JsonElement item, string name)
    {
        var value = Required(item, name);
        return value.ValueKind switch
        {
            JsonValueKind.String when value.GetString() is { Length: > 0 } s => s,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new ShapeException($"'{name}' should be text, not {Describe(value)}"),
        };
    }

    private static string? OptionalText(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new ShapeException($"'{name}' should be text, not {Describe(value)}"),
        } : null;

    private static int? OptionalInt(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.Null => null,
            _ => throw new ShapeException($"'{name}' should be a whole number, not {Describe(value)}"),
        } : null;

    private static bool Flag(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number when value.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
            _ => throw new ShapeException($"'{name}' should be 0, 1, true or false, not {Describe(value)}"),
        };

    /// <summary>The value as a decimal, read from its JSON text (so 2.1 is 2.1, not the nearest double), or null.</summary>
    private static decimal? Number(JsonElement item)
    {
        var value = Required(item, "value");
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number when decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new ShapeException($"'value' should be a number or null, not {Describe(value)}"),
        };
    }

    /// <summary>The period, a year: a string in the README ("2021"), a number in some answers (2021).</summary>
    private static int Period(JsonElement item)
    {
        var value = Required(item, "period");
        var text = value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
        return text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new ShapeException($"'period' should be a year, not {Describe(value)}");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the value {value.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
