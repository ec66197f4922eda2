using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;

namespace Nrf.Goals.Words;

/// <summary>
/// How many decimals a report writes an indicator's numbers with — one way in every table, chart, trajectory and
/// what-if, so "16,0" never stands beside "16" for the same measure. The rule set does not declare it, so it is the most
/// decimals any number of the indicator is written with: the values reported (<c>-61.0</c> gives one), the baseline,
/// and the numbers a criterion compares the indicator with directly (<c>readmissions_65_pct[K] &lt;= 16.0</c>); at most three.
/// </summary>
public sealed class IndicatorDecimals
{
    /// <summary>The most decimals a report writes.</summary>
    public const int Most = 3;

    private readonly Dictionary<string, int> _decimals = new(StringComparer.Ordinal);

    /// <summary>The decimals of <paramref name="ruleSet"/>'s indicators, from its baselines and criteria and the values of <paramref name="results"/>.</summary>
    public IndicatorDecimals(RuleSet ruleSet, IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var indicator in ruleSet.Indicators)
        {
            if (indicator.Baseline is { } b)
            {
                Note(indicator.Id, b.Value);
                foreach (var v in b.ByKey.Values)
                {
                    Note(indicator.Id, v);
                }
            }
        }

        foreach (var goal in ruleSet.Goals)
        {
            foreach (var part in GoalReferences.Parts(goal.Criterion))
            {
                foreach (var node in ExprNodes.Walk(part.Expression))
                {
                    if (node is BinaryExpr { Operator: var op } b && op.IsComparison())
                    {
                        NoteLiteral(b.Left, b.Right);
                        NoteLiteral(b.Right, b.Left);
                    }
                }
            }
        }

        foreach (var result in results)
        {
            foreach (var goal in result.Goals)
            {
                foreach (var used in goal.Values)
                {
                    Note(used.Indicator, used.Number);
                }
            }
        }
    }

    /// <summary>The decimals of <paramref name="indicator"/>'s numbers (0 for one never seen).</summary>
    public int Of(string indicator) => _decimals.GetValueOrDefault(indicator);

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals: <c>−45,2</c> is written <c>-45,2</c> here, the reading documents make the minus.</summary>
    public static string Format(decimal value, int decimals) => NumberText.Format(value, Math.Clamp(decimals, 0, Most));

    /// <summary><paramref name="value"/> in <paramref name="indicator"/>'s decimals.</summary>
    public string Format(decimal value, string indicator) => Format(value, Of(indicator));

    private void NoteLiteral(Expr literal, Expr other)
    {
        if (literal is NumberLiteral n && Referenced(other) is { } id)
        {
            Note(id, n.Value);
        }
    }

    // A number compared with an indicator itself (or its earlier year or baseline): a share or a sum is another quantity.
    private static string? Referenced(Expr e) => e switch
    {
        IndicatorRef r => r.Indicator,
        CallExpr { Arguments: [IndicatorRef r] } c when FunctionLibrary.Find(c.Function)?.Form(c) == Expressions.Functions.FunctionForm.TimeShift => r.Indicator,
        _ => null,
    };

    private void Note(string indicator, decimal? value)
    {
        if (value is { } v)
        {
            _decimals[indicator] = Math.Max(_decimals.GetValueOrDefault(indicator), Math.Min((int)v.Scale, Most));
        }
    }
}
