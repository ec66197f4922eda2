using Nrf.Goals.Expressions;

namespace Nrf.Goals.Words;

/// <summary>
/// How the operators of the criterion language read in a report, in Swedish and English — beside
/// <see cref="OperatorText"/>, which gives their symbols. A comparison with a number reads as the target
/// (<c>mål minst 40 %</c>), a comparison of a quantity with itself at another time as a direction (<c>mål: öka</c>),
/// arithmetic as the figures it combines (<c>kvinnor 6 010 och män 3 300, sammanlagt 9 310</c>).
/// </summary>
public static class OperatorReading
{
    /// <summary>The word before a target a value is compared with: <c>minst</c>, <c>högst</c>, <c>över</c>, <c>under</c>.</summary>
    public static string Bound(BinaryOperator op, ReportLanguage language) => (language == ReportLanguage.Swedish, op) switch
    {
        (true, BinaryOperator.GreaterOrEqual) => "minst",
        (true, BinaryOperator.Greater) => "över",
        (true, BinaryOperator.LessOrEqual) => "högst",
        (true, BinaryOperator.Less) => "under",
        (true, BinaryOperator.NotEqual) => "inte",
        (true, _) => "exakt",
        (false, BinaryOperator.GreaterOrEqual) => "at least",
        (false, BinaryOperator.Greater) => "above",
        (false, BinaryOperator.LessOrEqual) => "at most",
        (false, BinaryOperator.Less) => "below",
        (false, BinaryOperator.NotEqual) => "not",
        _ => "exactly",
    };

    /// <summary>
    /// The target of a comparison with a number, as it follows the value: <c>mål minst 40 %</c>; a share that must reach
    /// 100 % reads <c>mål 100 %</c>, since no share goes beyond it.
    /// </summary>
    /// <param name="op">The comparison.</param>
    /// <param name="target">The target as readers see it (<c>40 %</c>).</param>
    /// <param name="isWhole">True when the target is the whole (100 % of a share): "minst" would add nothing.</param>
    /// <param name="language">The language.</param>
    public static string Target(BinaryOperator op, string target, bool isWhole, ReportLanguage language)
    {
        var goal = language == ReportLanguage.Swedish ? "mål" : "target";
        return op == BinaryOperator.GreaterOrEqual && isWhole ? $"{goal} {target}" : $"{goal} {Bound(op, language)} {target}";
    }

    /// <summary>
    /// A quantity compared with itself at another time (<c>x &gt; previous(x)</c>, <c>x &lt; baseline(x)</c>) as the
    /// direction the target asks for: <c>öka</c>, <c>minska</c>, <c>inte minska</c>, <c>inte öka</c>.
    /// </summary>
    public static string Direction(BinaryOperator op, ReportLanguage language) => (language == ReportLanguage.Swedish, op) switch
    {
        (true, BinaryOperator.Greater) => "öka",
        (true, BinaryOperator.GreaterOrEqual) => "inte minska",
        (true, BinaryOperator.Less) => "minska",
        (true, BinaryOperator.LessOrEqual) => "inte öka",
        (true, BinaryOperator.NotEqual) => "förändras",
        (true, _) => "oförändrat",
        (false, BinaryOperator.Greater) => "increase",
        (false, BinaryOperator.GreaterOrEqual) => "not decrease",
        (false, BinaryOperator.Less) => "decrease",
        (false, BinaryOperator.LessOrEqual) => "not increase",
        (false, BinaryOperator.NotEqual) => "change",
        _ => "unchanged",
    };

    /// <summary>The target as a direction after the values: <c>mål: öka</c>.</summary>
    public static string DirectionTarget(BinaryOperator op, ReportLanguage language) =>
        $"{(language == ReportLanguage.Swedish ? "mål" : "target")}: {Direction(op, language)}";

    /// <summary>The word between a value and the one it is set against: <c>mot</c>, <c>against</c>.</summary>
    public static string Against(ReportLanguage language) => language == ReportLanguage.Swedish ? "mot" : "against";

    /// <summary>
    /// Arithmetic read as the figures it combines, with its result when known: <c>kvinnor 6 010 och män 3 300, sammanlagt
    /// 9 310</c>, <c>Norrbotten 3 410 kr minus riket 3 020 kr, skillnad 390 kr</c>, <c>17 av 20, 85,0 %</c>,
    /// <c>0,85 gånger ingångsvärdet 1 200 000</c>.
    /// </summary>
    /// <param name="op">An arithmetic operator.</param>
    /// <param name="left">The left operand, read.</param>
    /// <param name="right">The right operand, read.</param>
    /// <param name="result">The result as readers see it, or null when it is not known.</param>
    /// <param name="language">The language.</param>
    public static string Arithmetic(BinaryOperator op, string left, string right, string? result, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        var (joined, total) = op switch
        {
            BinaryOperator.Add => (swedish ? $"{left} och {right}" : $"{left} and {right}", swedish ? "sammanlagt" : "in total"),
            BinaryOperator.Subtract => (swedish ? $"{left} minus {right}" : $"{left} minus {right}", swedish ? "skillnad" : "difference"),
            BinaryOperator.Multiply => (swedish ? $"{left} gånger {right}" : $"{left} times {right}", swedish ? "blir" : "giving"),
            BinaryOperator.Divide => (swedish ? $"{left} av {right}" : $"{left} of {right}", swedish ? "andel" : "share"),
            _ => throw new ArgumentException($"{op} is not arithmetic.", nameof(op)),
        };
        return result is null ? joined : $"{joined}, {total} {result}";
    }

    /// <summary>
    /// A quotient that is no share of a whole — an amount per something (<c>kr / invånare</c>) — read as the division it
    /// is: <c>kostnad 600 000 000 kr delat med invånare 12 000, blir 50 000 kr</c>; "andel" would call it a share.
    /// </summary>
    /// <param name="left">The dividend, read.</param>
    /// <param name="right">The divisor, read.</param>
    /// <param name="result">The result as readers see it, or null when it is not known.</param>
    /// <param name="language">The language.</param>
    public static string Quotient(string left, string right, string? result, ReportLanguage language)
    {
        var swedish = language == ReportLanguage.Swedish;
        var joined = swedish ? $"{left} delat med {right}" : $"{left} divided by {right}";
        return result is null ? joined : $"{joined}, {(swedish ? "blir" : "giving")} {result}";
    }

    /// <summary>A negated number: <c>minus 5</c>.</summary>
    public static string Negated(string operand, ReportLanguage language) => $"minus {operand}";

    /// <summary>A negated condition: <c>inte: …</c>, <c>not: …</c>.</summary>
    public static string Not(string operand, ReportLanguage language) =>
        language == ReportLanguage.Swedish ? $"inte: {operand}" : $"not: {operand}";

    /// <summary>Conditions that must all hold, or one of which must: joined by <c>; </c>, or by <c> eller </c>.</summary>
    public static string Logic(BinaryOperator op, string left, string right, ReportLanguage language) => op switch
    {
        BinaryOperator.And => $"{left}; {right}",
        BinaryOperator.Or => language == ReportLanguage.Swedish ? $"{left} eller {right}" : $"{left} or {right}",
        _ => throw new ArgumentException($"{op} is not and/or.", nameof(op)),
    };

    /// <summary>Yes or no in <paramref name="language"/>.</summary>
    public static string YesNo(bool value, ReportLanguage language) =>
        language == ReportLanguage.Swedish ? NumberText.YesNo(value) : value ? "yes" : "no";
}
