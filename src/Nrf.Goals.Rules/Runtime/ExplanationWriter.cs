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
                return $"{Side(node + 1)} {op} {Side(rightNode)}";
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
            NumberLiteral => _compiled.Texts.Literal[node]!,
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
        var key = ((IndicatorRef)call.Arguments[0]).Key;
        var used = new List<ValueUsed>(2);
        foreach (var u in _context.UsedBy(rule))
        {
            if (u.Indicator == indicator && u.Key == key)
            {
                used.Add(u);
            }
        }

        if (used.Count == 0)
        {
            return "värden saknas";
        }

        // Latest year first; a stable sort keeps the recorded order among equal years, as OrderByDescending did.
        var ordered = used.Count == 2 && used[0].Year >= used[1].Year ? used : used.OrderByDescending(u => u.Year).ToList();
        var builder = new StringBuilder();
        foreach (var u in ordered)
        {
            builder.Append(builder.Length == 0 ? string.Empty : " mot ").Append(Format(u.Number)).Append(" (").Append(u.Year).Append(')');
        }

        return builder.ToString();
    }

    private string Value(int node)
    {
        var type = _compiled.Nodes[node].Expr.Type;
        if (type.IsYesNoType())
        {
            return _context.Flags[node] is { } f ? NumberText.YesNo(f) : "saknas";
        }

        return _compiled.Nodes[node].Expr is NumberLiteral ? _compiled.Texts.Literal[node]! : Format(_context.Numbers[node]);
    }

    private static string Format(decimal? value) => value is { } v ? NumberText.Format(v) : "saknas";

    private string SourceOf(int node) => _compiled.Texts.Source[node]!;

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

    /// <summary>How many node ids the subtree at <paramref name="node"/> uses (computed once per rule set).</summary>
    private int Size(int node) => _compiled.Texts.Size[node];

}

/// <summary>Type tests used by explanations.</summary>
internal static class ExprTypeExtensions
{
    public static bool IsYesNoType(this ExprType type) => type is ExprType.YesNo or ExprType.YesNoRef;
}
