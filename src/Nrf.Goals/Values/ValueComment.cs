namespace Nrf.Goals.Values;

/// <summary>
/// A comment written beside one reported value (a table's <c>kommentar</c> cell on a number or yes/no row), carried to
/// every goal result that uses the value.
/// </summary>
/// <param name="Year">The year of the value (null for a dated observation).</param>
/// <param name="Key">The breakdown key of the value, if any.</param>
/// <param name="Date">The date of a dated observation.</param>
/// <param name="Text">The comment.</param>
public sealed record ValueComment(int? Year, string? Key, DateOnly? Date, string Text);
