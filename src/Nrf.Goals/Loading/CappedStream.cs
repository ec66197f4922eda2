namespace Nrf.Goals.Loading;

/// <summary>
/// A read-only stream over another that ends after <c>limit</c> bytes and says so (<see cref="Exceeded"/>), so a reader
/// of a compressed part (a workbook's sheet) or of a device like /dev/zero never reads more than the limit plus one byte.
/// Disposing it disposes the inner stream.
/// </summary>
/// <param name="inner">The stream read.</param>
/// <param name="limit">The most bytes that may be read.</param>
public sealed class CappedStream(Stream inner, long limit) : Stream
{
    private readonly Stream _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly long _limit = limit >= 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit cannot be negative.");
    private long _read;

    /// <summary>True once more than the limit was offered: the data is larger than allowed.</summary>
    public bool Exceeded { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <summary>The bytes read so far; cannot be set.</summary>
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>Reads at most the bytes left under the limit; 0 at the end of the inner stream or once the limit is exceeded.</summary>
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (Exceeded)
        {
            return 0;
        }

        // Ask for one byte more than the limit allows, to tell "exactly the limit" from "more".
        var allowed = (int)Math.Min(count, _limit - _read + 1);
        var n = _inner.Read(buffer, offset, allowed);
        _read += n;
        if (_read > _limit)
        {
            Exceeded = true;
            return 0;
        }

        return n;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
