using Nrf.Goals.Results;

namespace Nrf.Goals.Evaluation;

/// <summary>
/// A value read for a reference: the number or fact, where it came from (for the result's values used), or why it is
/// missing. The <see cref="ValueUsed"/> record is made only when someone keeps it, so a statuses-only evaluation does
/// not allocate one per read.
/// </summary>
internal readonly record struct Resolved(
    decimal? Number, bool? Flag, string? Missing, string? Indicator = null, int? Year = null, string? Key = null, DateOnly? Date = null, string? Source = null, string? Comment = null)
{
    public ValueUsed? Used => Source is null ? null : new ValueUsed(Indicator!, Year, Key, Date, Number, Flag, Source) { Comment = Comment };

    public static Resolved Absent(string reason) => new(null, null, reason);
}
