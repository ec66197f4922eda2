namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>
/// The result sink: a fact inserted with the figures, which the verdict rule's action fills in. Reading it after
/// <c>Fire()</c> costs nothing, where <c>ISession.Query&lt;T&gt;()</c> costs ~200 µs per call (issue 11).
/// </summary>
public sealed class PeerResult
{
    /// <summary>The verdict; null until the verdict rule has fired.</summary>
    public VerdictOutcome? Verdict { get; private set; }

    /// <summary>The operational goals' outcome.</summary>
    public CategoryOutcome? Operational { get; private set; }

    /// <summary>The financial goals' outcome.</summary>
    public CategoryOutcome? Financial { get; private set; }

    /// <summary>Called by the verdict rule.</summary>
    public void Record(VerdictOutcome verdict, CategoryOutcome operational, CategoryOutcome financial)
    {
        Verdict = verdict;
        Operational = operational;
        Financial = financial;
    }

    /// <summary>The outcome of goal <paramref name="goal"/>, or null when no rule judged it.</summary>
    public Outcome? Of(string goal)
    {
        foreach (var outcome in (Operational?.Goals ?? []).Concat(Financial?.Goals ?? []))
        {
            if (outcome.Goal == goal)
            {
                return outcome.Outcome;
            }
        }

        return null;
    }
}
