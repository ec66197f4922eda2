using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Nrf.Goals.Kolada;

/// <summary>
/// Kolada's answers on disk, one file per question, named by the SHA-256 of the question's address. A file holds the
/// address, the fetch time, the pages and a SHA-256 of the pages, so that a file cut off, edited, or swapped for another
/// question's is recognised as damaged rather than read as an answer. Files are written atomically.
/// </summary>
internal sealed class ResponseCache
{
    private const int Format = 1;

    public ResponseCache(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    /// <summary>The file that holds the answer to <paramref name="address"/>.</summary>
    public string PathOf(Uri address) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.AbsoluteUri))) + ".json");

    public CacheLookup Read(Uri address)
    {
        var path = PathOf(address);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return CacheLookup.Miss;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CacheLookup(null, $"the file {path} cannot be read ({e.Message})");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || !format.TryGetInt32(out var f) || f != Format
                || !root.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("fetchedAt", out var fetched) || fetched.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("pages", out var pages) || pages.ValueKind != JsonValueKind.Array)
            {
                return Damaged(path, "it is not a cache entry of this version");
            }

            if (url.GetString() != address.AbsoluteUri)
            {
                return Damaged(path, $"it holds the answer to another question ({url.GetString()})");
            }

            if (!DateTimeOffset.TryParseExact(fetched.GetString(), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fetchedAt))
            {
                return Damaged(path, "its fetch time is not a time");
            }

            var texts = ImmutableArray.CreateBuilder<string>();
            foreach (var page in pages.EnumerateArray())
            {
                if (page.ValueKind != JsonValueKind.String)
                {
                    return Damaged(path, "a page is not text");
                }

                texts.Add(page.GetString()!);
            }

            var answer = new KoladaAnswer(address, fetchedAt, texts.ToImmutable());
            if (!string.Equals(sha.GetString(), Checksum(answer.Pages), StringComparison.Ordinal))
            {
                return Damaged(path, "its pages do not match their checksum");
            }

            return new CacheLookup(answer, null);
        }
        catch (JsonException)
        {
            return Damaged(path, "it is not complete JSON");
        }
    }

    /// <summary>Keeps <paramref name="answer"/>, replacing any earlier entry in one rename.</summary>
    /// <exception cref="KoladaException">The folder or file cannot be written (<see cref="KoladaFault.CacheNotWritable"/>).</exception>
    public void Write(KoladaAnswer answer)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", Format);
            writer.WriteString("url", answer.Address.AbsoluteUri);
            writer.WriteString("fetchedAt", answer.FetchedAt.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("sha256", Checksum(answer.Pages));
            writer.WriteStartArray("pages");
            foreach (var page in answer.Pages)
            {
                writer.WriteStringValue(page);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var path = PathOf(answer.Address);
        try
        {
            AtomicFile.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KoladaException(KoladaFault.CacheNotWritable,
                $"the Kolada cache folder {Folder} cannot be written ({e.Message}); set another folder or make it writable", answer.Address, e);
        }
    }

    private static CacheLookup Damaged(string path, string why) => new(null, $"the cache file {path} is damaged: {why}");

    /// <summary>SHA-256 over the pages, each preceded by its length, so that moving text between pages changes it too.</summary>
    private static string Checksum(ImmutableArray<string> pages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var page in pages)
        {
            var bytes = Encoding.UTF8.GetBytes(page);
            BitConverter.TryWriteBytes(length, (long)bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
