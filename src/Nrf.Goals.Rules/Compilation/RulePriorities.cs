namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// The order in which a session fires our rules: every goal before the aggregates over goals, and the categories before
/// the verdict. The aggregates would reach the same result without it, but would fire once per goal on the way.
/// </summary>
internal static class RulePriorities
{
    public const int Goal = 100;
    public const int Aggregate = 0;
    public const int Verdict = -100;
}
