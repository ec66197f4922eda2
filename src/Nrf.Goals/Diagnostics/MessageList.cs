using System.Text;

namespace Nrf.Goals.Diagnostics;

/// <summary>
/// Names listed in a message ("… takes K, M, T"), cut after the first <see cref="Shown"/>: a dimension may declare
/// 190 000 keys, and an error per wrong key that listed them all made 100 wrong keys 140 MB of stderr. Every reader of
/// values lists names this way, so a message reads the same whatever file it came from.
/// </summary>
public static class MessageList
{
    /// <summary>How many names a message lists before "… and N more".</summary>
    public const int Shown = 20;

    /// <summary>The names joined by ", ", the first <see cref="Shown"/> of them, then "… and N more" for the rest.</summary>
    public static string Join(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var s = new StringBuilder();
        var count = 0;
        foreach (var name in names)
        {
            if (count < Shown)
            {
                s.Append(count == 0 ? string.Empty : ", ").Append(name);
            }

            count++;
        }

        return count > Shown ? s.Append($", … and {count - Shown} more").ToString() : s.ToString();
    }
}
