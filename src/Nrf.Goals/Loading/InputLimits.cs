namespace Nrf.Goals.Loading;

/// <summary>Limits on input files, so that a hostile or broken file is refused quickly with a plain error.</summary>
public static class InputLimits
{
    /// <summary>Largest rule or values file accepted, in bytes (4 MiB).</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Longest comment accepted on a value, an assessment or an activity, in characters (about a page of text). A comment
    /// travels with its value into every goal that reads it, and from there into every output: 3,5 MB on one value read by
    /// 400 goals once ran the evaluation out of memory.
    /// </summary>
    public const int MaxCommentCharacters = 4_000;

    /// <summary>
    /// Longest reason accepted for a missing value (<c>{missing: saknas i Kolada}</c>), in characters: a reason is a few
    /// words that every goal reading the value repeats in its one-line explanation.
    /// </summary>
    public const int MaxReasonCharacters = 200;

    /// <summary>Deepest nesting of YAML collections accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most YAML nodes accepted in one file.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>
    /// Most terms (operators, functions, indicators, numbers) in all the criteria and explanations of one rule set. Every
    /// term is compiled and JIT-compiled when the rule set is loaded (about 80 µs a term, measured): 100 000 terms keep
    /// the worst admitted rule set's start within about ten seconds; the generated 10 000-goal benchmark set has 68 000.
    /// </summary>
    public const int MaxTermsPerRuleSet = 100_000;

    /// <summary>
    /// Most cases in all the goals of one rule set: each <c>byYear</c>/<c>byPeriod</c> leaf is a case (a goal without them is
    /// one), and a goal that may not apply to a report adds one more rule that says why. Every case is an NRules rule the
    /// engine builds and compiles, about 0,13 ms and 10 KB each (bench/RESULTS.md): 60 000 cases compile in about 8 s and
    /// 600 MB, so what <c>validate</c> admits, <c>evaluate</c> pays for within its bounds. One goal with <c>byYear</c>
    /// 1000–9999 × <c>byPeriod</c> (27 000 cases) is under it; terms alone never counted cases.
    /// </summary>
    public const int MaxCasesPerRuleSet = 60_000;
}
