namespace Nrf.Goals.Loading;

/// <summary>
/// A read-only stream over another that ends after <c>limit</c> bytes and says so (<see cref="Exceeded"/>), so a reader
/// of a compressed part or of a device like /dev/zero never reads more than the limit plus one byte.
/// </summary>
internal sealed class CappedStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <summary>True once more than the limit was offered: the data is larger than allowed.</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (Exceeded)
        {
            return 0;
        }

        // Ask for one byte more than the limit allows, to tell "exactly the limit" from "more".
        var allowed = (int)Math.Min(count, limit - _read + 1);
        var n = inner.Read(buffer, offset, allowed);
        _read += n;
        if (_read > limit)
        {
            Exceeded = true;
            return 0;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
