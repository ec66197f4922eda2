namespace Nrf.Goals.Kolada;

/// <summary>A field of an answer is missing or of the wrong kind; <see cref="KoladaJson"/> turns it into a located <see cref="KoladaException"/>.</summary>
internal sealed class ShapeException(string message) : Exception(message);
