using System.Collections.Immutable;
using System.Text;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Evaluation;

/// <summary>
/// Writes what the engine computed as text a controller can check by hand, e.g.
/// <c>bg_meetings_quorate / bg_meetings_planned = 26 / 29 = 0,897 &lt; 0,90</c>. It reads only the values the
/// engine recorded during the evaluation; it computes nothing itself.
/// </summary>
internal sealed class ExplanationWriter
{
    private readonly EvaluationPlan _plan;
    private readonly EvaluationRecord _record;
    private readonly ShownValues _shown;
    private bool _exact;

    public ExplanationWriter(EvaluationPlan plan, EvaluationRecord record, ShownValues shown)
    {
        _plan = plan;
        _record = record;
        _shown = shown;
    }

    public string Detail(int part)
    {
        var planPart = _plan.Parts[part];
        if (planPart.Kind == PartKind.Manual)
        {
            return _record.Assessments[part] is { } a ? GoalStatusNames.Swedish(a.Status) : "bedömning saknas";
        }

        if (planPart.Kind == PartKind.Activity)
        {
            return _record.Activities[part] is { } r ? ActivityStateNames.Swedish(r.State) : "uppgift saknas";
        }

        if (planPart.Kind == PartKind.Display)
        {
            return $"{planPart.Part!.Text} = {ShownText(part)}";
        }

        // One builder for the whole detail: the recursive describers append to it instead of concatenating strings.
        var builder = RentBuilder();
        Describe(planPart.RootNode, builder);
        if (_record.PartValue[part] is null && _record.MissingIn(part) is { } missing)
        {
            builder.Append(" (").Append(missing).Append(')');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The numbers of the part's deciding comparison for reports' what-if: for a part not met, the first comparison that
    /// failed (none when it failed for another reason — a yes/no, increased(), a negation — so no distance is invented);
    /// for a part met, the last whose sides are both known (in <c>n > 0 and x == n</c> the last one states the target).
    /// Comparisons under <c>not</c> and <c>!=</c> state no distance and are skipped. Reads only what the engine recorded.
    /// </summary>
    public PartComparison? Comparison(int part)
    {
        var failed = _record.PartValue[part] == false;
        PartComparison? last = null;
        foreach (var (comparison, holds, _) in Comparisons(part))
        {
            if (!holds)
            {
                return comparison;
            }

            last = comparison;
        }

        return failed ? null : last;
    }

    /// <summary>
    /// Every comparison that failed in a part not met, each with its left side as written (<c>budget_deviation_mnkr[service]</c>),
    /// so the what-if can give each its own distance ("a and b" with both short); empty when fewer than two failed.
    /// </summary>
    public ImmutableArray<PartComparison> Failing(int part)
    {
        if (_record.PartValue[part] != false)
        {
            return ImmutableArray<PartComparison>.Empty;
        }

        var failing = Comparisons(part).Where(c => !c.Holds).Select(c => c.Comparison with { Subject = c.Subject }).ToImmutableArray();
        return failing.Length > 1 ? failing : ImmutableArray<PartComparison>.Empty;
    }

    /// <summary>
    /// Every comparison of the part whose sides are both known, in the order written, each with its left side as written
    /// and whether it held: what reports read a part from, number by number.
    /// </summary>
    public ImmutableArray<PartComparison> All(int part) =>
        Comparisons(part).Select(c => c.Comparison with { Subject = c.Subject, Holds = c.Holds }).ToImmutableArray();

    /// <summary>The part's comparisons whose sides are both known, in order, each with whether it held and its left side as written.</summary>
    private IEnumerable<(PartComparison Comparison, bool Holds, string Subject)> Comparisons(int part)
    {
        var planPart = _plan.Parts[part];
        if (planPart.Kind != PartKind.Condition)
        {
            yield break;
        }

        var end = planPart.RootNode + Size(planPart.RootNode);
        for (var node = planPart.RootNode; node < end; node++)
        {
            if (_plan.Nodes[node].Expr is UnaryExpr { Operator: UnaryOperator.Not })
            {
                node += Size(node) - 1;
                continue;
            }

            if (_plan.Nodes[node].Expr is not BinaryExpr b || !b.Operator.IsComparison() || b.Operator == BinaryOperator.NotEqual
                || b.Left.Type.IsYesNo() || _record.Numbers[node + 1] is not { } actual || _record.Numbers[NodeOf(b.Right, node)] is not { } threshold)
            {
                continue;
            }

            // The left side as written is the source text of its node, kept once per rule set: no substring per evaluation.
            var subject = SourceOf(node + 1);
            var unit = _plan.UnitOf(node + 1);
            var comparison = new PartComparison(actual, b.Operator, threshold, unit?.Unit, unit?.IsShare == true) { IsDifference = unit?.IsDifference == true };
            yield return (comparison, _record.Flags[node] != false, subject);
        }
    }

    public string? Template(ExplanationTemplate template, IReadOnlyList<int> parts)
    {
        var builder = RentBuilder();
        var position = 0;
        for (var i = 0; i < template.Placeholders.Length; i++)
        {
            var placeholder = template.Placeholders[i];
            var value = _shown.Of(parts[i]);
            string? text = placeholder.Part.Expression.Type.IsYesNo()
                ? value is bool flag ? placeholder.Write(flag) : null
                : value is decimal number ? placeholder.Write(number) : null;
            if (text is null)
            {
                return null;
            }

            builder.Append(template.Text, position, placeholder.Start - position).Append(text);

            position = placeholder.Start + placeholder.Length;
        }

        return builder.Append(template.Text, position, template.Text.Length - position).ToString();
    }

    /// <summary>
    /// This thread's builder, emptied. Every explanation of every evaluation is built in it; only the finished string
    /// is allocated. Detail and Template never run inside each other, so one builder per thread is enough.
    /// </summary>
    private static StringBuilder RentBuilder()
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private void Describe(int node, StringBuilder s)
    {
        var expr = _plan.Nodes[node].Expr;
        switch (expr)
        {
            case BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } b:
                var right = NodeOf(b.Right, node);
                Describe(node + 1, s);
                s.Append("; ");
                Describe(right, s);
                return;
            case BinaryExpr b when b.Operator.IsComparison():
                var rightNode = NodeOf(b.Right, node);
                var op = _record.Flags[node] switch
                {
                    true => OperatorText.Display(b.Operator),
                    false => OperatorText.Display(b.Operator.Negation()),
                    null => "?",
                };
                // Rounded to three decimals, 999 999,9996 and 1 000 000 would read "1 000 000 < 1 000 000";
                // when rounding hides the difference that decided the comparison, show both sides exactly.
                var exact = _exact;
                _exact = exact || RoundingHidesDifference(node + 1, rightNode);
                Side(node + 1, s);
                s.Append(' ').Append(op).Append(' ');
                Side(rightNode, s);
                NestedWindows(node, rightNode, s);
                _exact = exact;
                return;
            case UnaryExpr { Operator: UnaryOperator.Not }:
                s.Append("inte (");
                Describe(node + 1, s);
                s.Append(')');
                return;
            default:
                Side(node, s);
                return;
        }
    }

    /// <summary>One side of a comparison: a literal as written, a reference with its value, an expression with its values and result.</summary>
    private void Side(int node, StringBuilder s)
    {
        switch (_plan.Nodes[node].Expr)
        {
            case NumberLiteral:
                s.Append(_plan.Texts.Literal[node]);
                return;
            case BoolLiteral b:
                s.Append(NumberText.YesNo(b.Value));
                return;
            case IndicatorRef:
            case CallExpr when _plan.Nodes[node].Form == FunctionForm.TimeShift:
                s.Append(SourceOf(node)).Append(" = ").Append(Value(node));
                return;
            case CallExpr when _plan.Nodes[node].Function!.ListsInputs:
                s.Append(SourceOf(node)).Append(": ");
                Inputs(node, s);
                return;
            case CallExpr when _plan.Nodes[node].Function!.IsWindow:
                Window(node, s);
                return;
            case CallExpr when IsLeaf(node):
                s.Append(SourceOf(node)).Append(" = ").Append(Value(node));
                return;
            default:
                s.Append(SourceOf(node)).Append(" = ");
                Substituted(node, s);
                s.Append(" = ").Append(Value(node));
                return;
        }
    }

    private bool IsLeaf(int node) => _plan.Nodes[node].Expr switch
    {
        IndicatorRef => true,
        CallExpr => _plan.Nodes[node].Form != FunctionForm.OfNumbers,
        _ => false,
    };

    /// <summary>The expression with each reference replaced by its value: <c>26 / 29</c>.</summary>
    private void Substituted(int node, StringBuilder builder)
    {
        var info = _plan.Nodes[node];
        var expr = info.Expr;
        var source = SourceOf(node);
        var position = expr.Start;
        var end = node + Size(node);
        for (var child = node + 1; child < end; child += Size(child))
        {
            var childExpr = _plan.Nodes[child].Expr;
            if (childExpr is NumberLiteral or BoolLiteral)
            {
                continue;
            }

            builder.Append(source, position - expr.Start, childExpr.Start - position);
            var text = _plan.Parts[info.Part].Part!.Text;
            var bracketed = childExpr.Start > 0 && text[childExpr.Start - 1] == '(';
            if (IsLeaf(child))
            {
                builder.Append(Value(child));
            }
            else if (bracketed)
            {
                Substituted(child, builder);
            }
            else
            {
                builder.Append('(');
                Substituted(child, builder);
                builder.Append(')');
            }

            position = childExpr.Start + childExpr.Length;
        }

        builder.Append(source, position - expr.Start, expr.Start + expr.Length - position);
    }

    private void Inputs(int node, StringBuilder builder)
    {
        var used = _record.ReadBy(node);

        if (used.Count == 0)
        {
            builder.Append("värden saknas");
            return;
        }

        // Latest year first; a stable sort keeps the recorded order among equal years, as OrderByDescending did.
        var ordered = used.Count == 2 && used[0].Year >= used[1].Year ? used : [.. used.OrderByDescending(u => u.Year)];
        for (var i = 0; i < ordered.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : " mot ").Append(Format(ordered[i].Number)).Append(" (").Append(ordered[i].Year).Append(')');
        }
    }

    /// <summary>
    /// A window with each year's value, as the function writes its terms:
    /// <c>sum_years(resultat_mnkr, 3) = 31 (2021) + 36,7 (2022) + 6,1 (2023, prognos) = 73,8</c>; without a value, <c>= saknas</c>
    /// (the part's reason names the missing years).
    /// </summary>
    private void Window(int node, StringBuilder s)
    {
        s.Append(SourceOf(node)).Append(" = ");
        if (_record.Numbers[node] is not null && _record.ReadBy(node) is { Count: > 0 } read)
        {
            s.Append(_plan.Nodes[node].Function!.Terms((CallExpr)_plan.Nodes[node].Expr, read, Term, u => Format(u.Number))).Append(" = ");
        }

        s.Append(Value(node));
    }

    /// <summary>
    /// The windows inside a comparison's sides, after it: <c>a / b * 100 = 73,8 / 2 437 * 100 = 3,028 &gt;= 2
    /// (sum_years(a, 3) = 31 (2021) + … = 73,8; sum_years(b, 3) = …)</c>. A side that is a window itself was written whole.
    /// </summary>
    private void NestedWindows(int comparison, int rightNode, StringBuilder s)
    {
        var opened = false;
        var end = comparison + Size(comparison);
        for (var node = comparison + 2; node < end; node++)
        {
            if (node == rightNode || _plan.Nodes[node].Function?.IsWindow != true || _record.Numbers[node] is null)
            {
                continue;
            }

            s.Append(opened ? "; " : " (");
            opened = true;
            Window(node, s);
        }

        if (opened)
        {
            s.Append(')');
        }
    }

    /// <summary>One year's value of a window: <c>31 (2021)</c>; the assessed year's forecast in a delårsrapport <c>6,1 (2023, prognos)</c>.</summary>
    private string Term(ValueUsed value)
    {
        var forecast = value.Year == _record.Year && ReportPeriodDates.IsForecast(_plan.RuleSet.FindIndicator(value.Indicator)?.Period, _record.Interim);
        return $"{Format(value.Number)} ({value.Year}{(forecast ? ", prognos" : string.Empty)})";
    }

    /// <summary>A shown part's value as the rule computed it: a literal as written, yes/no, a number, or <c>saknas</c>.</summary>
    private string ShownText(int part)
    {
        var root = _plan.Parts[part].RootNode;
        return _shown.Of(part) switch
        {
            _ when _plan.Nodes[root].Expr is NumberLiteral => _plan.Texts.Literal[root]!,
            bool flag => NumberText.YesNo(flag),
            decimal number => Format(number),
            _ => "saknas",
        };
    }

    private string Value(int node)
    {
        var type = _plan.Nodes[node].Expr.Type;
        if (type.IsYesNo())
        {
            return _record.Flags[node] is { } f ? NumberText.YesNo(f) : "saknas";
        }

        return _plan.Nodes[node].Expr is NumberLiteral ? _plan.Texts.Literal[node]! : Format(_record.Numbers[node]);
    }

    private string Format(decimal? value) => value is { } v ? (_exact ? NumberText.FormatExact(v) : NumberText.Format(v)) : "saknas";

    private bool RoundingHidesDifference(int left, int right) =>
        !_plan.Nodes[left].Expr.Type.IsYesNo()
        && NumberOf(left) is { } a
        && NumberOf(right) is { } b
        && a != b
        && NumberText.RoundsToSameText(a, b);

    // A literal's value was read once at compile time; re-parsing its text on every explanation is not needed.
    private decimal? NumberOf(int node) => _plan.Nodes[node].Expr is NumberLiteral ? _plan.Nodes[node].Constant : _record.Numbers[node];

    private string SourceOf(int node) => _plan.Texts.Source[node]!;

    /// <summary>The id of the node for <paramref name="expr"/>, searched among the descendants of <paramref name="parent"/>.</summary>
    private int NodeOf(Expr expr, int parent)
    {
        for (var child = parent + 1; child < parent + Size(parent); child++)
        {
            if (ReferenceEquals(_plan.Nodes[child].Expr, expr))
            {
                return child;
            }
        }

        throw new InvalidOperationException("The node of an operand was not found.");
    }

    /// <summary>How many node ids the subtree at <paramref name="node"/> uses (computed once per rule set).</summary>
    private int Size(int node) => _plan.Texts.Size[node];
}
