namespace Nrf.Goals.Kolada;

/// <summary>
/// Values could not be had from Kolada. The message says in plain words what happened and at which address, so that a
/// program can show it as it is; <see cref="Fault"/> says which kind of failure it was.
/// </summary>
public sealed class KoladaException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fault">What kind of failure.</param>
    /// <param name="message">What happened, in plain words.</param>
    /// <param name="address">The address asked, when there was one.</param>
    /// <param name="innerException">The failure underneath, if any.</param>
    public KoladaException(KoladaFault fault, string message, Uri? address = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Fault = fault;
        Address = address;
    }

    /// <summary>What kind of failure.</summary>
    public KoladaFault Fault { get; }

    /// <summary>The address asked (the first page of a paged answer), when there was one.</summary>
    public Uri? Address { get; }
}
