using System.Text;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// Writes what the engine computed as text a controller can check by hand, e.g.
/// <c>bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 &lt; 0,90</c>. It reads only the values the
/// engine recorded during the evaluation; it computes nothing itself.
/// </summary>
internal sealed class ExplanationWriter
{
    private readonly CompiledRuleSet _compiled;
    private readonly EvaluationContext _context;
    private bool _exact;

    public ExplanationWriter(CompiledRuleSet compiled, EvaluationContext context)
    {
        _compiled = compiled;
        _context = context;
    }

    public string Detail(int rule)
    {
        var compiledRule = _compiled.Rules[rule];
        if (compiledRule.Kind == RuleKind.Manual)
        {
            return _context.Assessments[rule] is { } a ? GoalStatusNames.Swedish(a.Status) : "bedömning saknas";
        }

        if (compiledRule.Kind == RuleKind.Display)
        {
            return $"{compiledRule.Part!.Text} = {Value(compiledRule.RootNode)}";
        }

        var text = Describe(compiledRule.RootNode);
        return _context.RuleValue[rule] is null && _context.MissingIn(rule) is { } missing ? $"{text} ({missing})" : text;
    }

    public string? Template(ExplanationTemplate template, IReadOnlyList<int> rules)
    {
        var builder = new StringBuilder();
        var position = 0;
        for (var i = 0; i < template.Placeholders.Length; i++)
        {
            var placeholder = template.Placeholders[i];
            var rule = rules[i];
            var root = _compiled.Rules[rule].RootNode;
            string? text = placeholder.Part.Expression.Type.IsYesNoType()
                ? _context.Flags[root] is { } flag ? NumberText.YesNo(flag) : null
                : _context.Numbers[root] is { } number ? FormatNumber(number, placeholder.Format) : null;
            if (text is null)
            {
                return null;
            }

            builder.Append(template.Text, position, placeholder.Start - position).Append(text);
            position = placeholder.Start + placeholder.Length;
        }

        return builder.Append(template.Text, position, template.Text.Length - position).ToString();
    }

    private static string FormatNumber(decimal value, string? format) => format switch
    {
        "pct" => NumberText.Percent(value),
        "n0" => NumberText.Format(value, 0),
        "n1" => NumberText.Format(value, 1),
        "n2" => NumberText.Format(value, 2),
        "n3" => NumberText.Format(value, 3),
        _ => NumberText.Format(value),
    };

    private string Describe(int node)
    {
        var expr = _compiled.Nodes[node].Expr;
        switch (expr)
        {
            case BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } b:
                var right = NodeOf(b.Right, node);
                return $"{Describe(node + 1)}; {Describe(right)}";
            case BinaryExpr b when OperatorText.IsComparison(b.Operator):
                var rightNode = NodeOf(b.Right, node);
                var op = _context.Flags[node] switch
                {
                    true => OperatorText.Display(b.Operator),
                    false => OperatorText.Display(OperatorText.Negation(b.Operator)),
                    null => "?",
                };
                // Rounded to three decimals, 999 999,9996 and 1 000 000 would read "1 000 000 < 1 000 000";
                // when rounding hides the difference that decided the comparison, show both sides exactly.
                var exact = _exact;
                _exact = exact || RoundingHidesDifference(node + 1, rightNode);
                var text = $"{Side(node + 1)} {op} {Side(rightNode)}";
                _exact = exact;
                return text;
            case UnaryExpr { Operator: UnaryOperator.Not }:
                return $"inte ({Describe(node + 1)})";
            default:
                return Side(node);
        }
    }

    /// <summary>One side of a comparison: a literal as written, a reference with its value, an expression with its values and result.</summary>
    private string Side(int node)
    {
        var expr = _compiled.Nodes[node].Expr;
        var source = SourceOf(node);
        return expr switch
        {
            NumberLiteral n => NumberText.Literal(n.Text),
            BoolLiteral b => NumberText.YesNo(b.Value),
            IndicatorRef or CallExpr { Function: "previous" or "previous_measurement" or "at" or "baseline" } when IsLeaf(node) => $"{source} = {Value(node)}",
            CallExpr { Function: "increased" or "decreased" } => $"{source}: {Inputs(node)}",
            CallExpr c when IsLeaf(node) => $"{source} = {Value(node)}",
            _ => $"{source} = {Substituted(node)} = {Value(node)}",
        };
    }

    private bool IsLeaf(int node) => _compiled.Nodes[node].Expr switch
    {
        IndicatorRef => true,
        CallExpr c => c.Function is not ("abs" or "min" or "max") || c.Arguments.Length == 1 && c.Arguments[0].Type == ExprType.SeriesRef,
        _ => false,
    };

    /// <summary>The expression with each reference replaced by its value: <c>26 / 29</c>.</summary>
    private string Substituted(int node)
    {
        var info = _compiled.Nodes[node];
        var expr = info.Expr;
        var source = SourceOf(node);
        var builder = new StringBuilder();
        var position = expr.Start;
        var end = node + Size(node);
        for (var child = node + 1; child < end; child += Size(child))
        {
            var childExpr = _compiled.Nodes[child].Expr;
            if (childExpr is NumberLiteral or BoolLiteral)
            {
                continue;
            }

            builder.Append(source, position - expr.Start, childExpr.Start - position);
            var text = _compiled.Rules[info.Rule].Part!.Text;
            var bracketed = childExpr.Start > 0 && text[childExpr.Start - 1] == '(';
            builder.Append(IsLeaf(child) ? Value(child) : bracketed ? Substituted(child) : "(" + Substituted(child) + ")");
            position = childExpr.Start + childExpr.Length;
        }

        builder.Append(source, position - expr.Start, expr.Start + expr.Length - position);
        return builder.ToString();
    }

    private string Inputs(int node)
    {
        var rule = _compiled.Nodes[node].Rule;
        var call = (CallExpr)_compiled.Nodes[node].Expr;
        var indicator = ((IndicatorRef)call.Arguments[0]).Indicator;
        var used = _context.UsedBy(rule).Where(u => u.Indicator == indicator && u.Key == ((IndicatorRef)call.Arguments[0]).Key).OrderByDescending(u => u.Year).ToList();
        return used.Count == 0 ? "värden saknas" : string.Join(" mot ", used.Select(u => $"{Format(u.Number)} ({u.Year})"));
    }

    private string Value(int node)
    {
        var type = _compiled.Nodes[node].Expr.Type;
        if (type.IsYesNoType())
        {
            return _context.Flags[node] is { } f ? NumberText.YesNo(f) : "saknas";
        }

        return _compiled.Nodes[node].Expr is NumberLiteral literal ? NumberText.Literal(literal.Text) : Format(_context.Numbers[node]);
    }

    private string Format(decimal? value) => value is { } v ? (_exact ? NumberText.FormatExact(v) : NumberText.Format(v)) : "saknas";

    private bool RoundingHidesDifference(int left, int right) =>
        !_compiled.Nodes[left].Expr.Type.IsYesNoType()
        && NumberOf(left) is { } a
        && NumberOf(right) is { } b
        && a != b
        && NumberText.Format(a) == NumberText.Format(b);

    private decimal? NumberOf(int node) => _compiled.Nodes[node].Expr is NumberLiteral literal
        ? decimal.Parse(literal.Text.Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
        : _context.Numbers[node];

    private string SourceOf(int node)
    {
        var info = _compiled.Nodes[node];
        var text = _compiled.Rules[info.Rule].Part!.Text;
        return text.Substring(info.Expr.Start, info.Expr.Length);
    }

    /// <summary>The id of the node for <paramref name="expr"/>, searched among the descendants of <paramref name="parent"/>.</summary>
    private int NodeOf(Expr expr, int parent)
    {
        for (var child = parent + 1; child < parent + Size(parent); child++)
        {
            if (ReferenceEquals(_compiled.Nodes[child].Expr, expr))
            {
                return child;
            }
        }

        throw new InvalidOperationException("The node of an operand was not found.");
    }

    /// <summary>How many node ids the subtree at <paramref name="node"/> uses (the emitter numbers subtrees contiguously).</summary>
    private int Size(int node)
    {
        var rule = _compiled.Nodes[node].Rule;
        var expr = _compiled.Nodes[node].Expr;
        var next = node + 1;
        while (next < _compiled.Nodes.Length && _compiled.Nodes[next].Rule == rule && Within(_compiled.Nodes[next].Expr, expr))
        {
            next++;
        }

        return next - node;
    }

    private static bool Within(Expr inner, Expr outer) =>
        inner.Start >= outer.Start && inner.Start + inner.Length <= outer.Start + outer.Length && !ReferenceEquals(inner, outer);
}

/// <summary>Type tests used by explanations.</summary>
internal static class ExprTypeExtensions
{
    public static bool IsYesNoType(this ExprType type) => type is ExprType.YesNo or ExprType.YesNoRef;
}
