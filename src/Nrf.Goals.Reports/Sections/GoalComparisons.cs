using Nrf.Goals.Expressions;
using Nrf.Goals.Reporting;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// A goal's compared numbers as a report shows them beside its outcome: the bars of a chart of value against target
/// (only where the rule file writes the target as a number), the one figure a trajectory's cell holds, and how far each
/// failing part of a what-if is from its target — each in its indicator's unit and decimals.
/// </summary>
internal sealed class GoalComparisons
{
    private readonly ReportReading _reading;
    private readonly GoalResult _result;
    private readonly IReadOnlyList<PartReading> _parts;

    public GoalComparisons(ReportReading reading, GoalResult result, IReadOnlyList<PartReading> parts)
    {
        _reading = reading;
        _result = result;
        _parts = parts;
    }

    // What a chart's row shows of a goal's title: a line of the HTML chart, with room for the part's name after it.
    private const int MostTitleCharacters = 80;

    private ReportWords W => _reading.Words;

    /// <summary>
    /// The goal's bars in a chart of value against target: one per part that compares a number with a number written in
    /// the rule file (a numeric target), named by the goal and the part's label or breakdown ("… – kvinnor").
    /// </summary>
    public IEnumerable<ChartBar> Bars()
    {
        if (_result.IsActivity || _result.Status is GoalStatus.NotEvaluable or GoalStatus.Monitored)
        {
            yield break;
        }

        var several = _parts.Count > 1;
        foreach (var (part, result, reader, values) in _parts)
        {
            if (result is null || result.Status == GoalStatus.NotEvaluable || Target(part.Expression) is not var (subject, op, target)
                || values.Number(subject) is not { } actual)
            {
                continue;
            }

            var shape = reader.ShapeOf(subject);
            var name = part.Label ?? reader.Name(subject);
            // A chart has room for a goal's name, the table above it for its whole title: a long title is shortened,
            // the part's name after it ("– kvinnor") never.
            var title = ChartBar.Shortened(_result.Title, MostTitleCharacters);
            var label = name.Length > 0 && several ? $"{title} – {name}" : title;
            var scale = shape.IsShare ? 100m : 1m;
            var targetText = shape.IsWhole(target) && op == BinaryOperator.GreaterOrEqual ? shape.Write(target, _reading.Language) : $"{OperatorReading.Bound(op, _reading.Language)} {shape.Write(target, _reading.Language)}";
            yield return new ChartBar(label, actual * scale, target * scale, shape.Write(actual, _reading.Language), targetText, result.Status);
        }
    }

    /// <summary>The goal's one number and its unit, for a trajectory: a goal of one part that compares one side with a target; else null.</summary>
    public (string Number, string? Unit)? Figure()
    {
        if (_parts.Count != 1 || _result.Status is GoalStatus.NotEvaluable || _parts[0].Result is null)
        {
            return null;
        }

        var (part, _, reader, values) = _parts[0];
        var subject = Comparison(part.Expression)?.Subject;
        return subject is not null && values.Number(subject) is { } n ? (reader.ShapeOf(subject).WriteNumber(n), reader.ShapeOf(subject).UnitName(_reading.Language)) : null;
    }

    /// <summary>The unit of <see cref="Figure"/> for this goal whatever its values, for a trajectory's goal cell.</summary>
    public string? FigureUnit() => _parts.Count == 1 && Comparison(_parts[0].Part.Expression) is var (subject, _, _) ? _parts[0].Reader.ShapeOf(subject).UnitName(_reading.Language) : null;

    /// <summary>How far each failing part of a what-if goal is from its target, named as readers know it: "kvinnor: 1,0 procentenheter från målet".</summary>
    public IReadOnlyList<string> Distances(WhatIfGoal goal)
    {
        // A template names what it compares in the analyst's words; a breakdown key without a title ("lanssjukvard")
        // would name it worse, so such distances are left to the template's numbers.
        if (_result.FromTemplate && goal.Parts.Any(p => p.Subject is not null && FindComparison(p) is { } f && !KnowsKeysOf(f.Subject)))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var p in goal.Parts)
        {
            if (p.Comparison is not { } c)
            {
                if (p.Label is { } l)
                {
                    lines.Add($"{l}: {W.StatusLower(GoalStatus.NotMet)}");
                }

                continue;
            }

            var found = FindComparison(p);
            var shape = found is { } f ? f.Reader.ShapeOf(f.Subject) : NumberShape.Bare;
            var name = p.Subject is not null && found is { } g ? Join(p.Label, g.Reader.Name(g.Subject)) : (_parts.Count > 1 || p.Label is not null ? p.Label ?? (found is { } h ? h.Reader.Name(h.Subject) : string.Empty) : string.Empty);
            var distance = WhatIfText.Distance(shape.WriteDistance(c.Distance, _reading.Language), c.Distance == 0m, _reading.Language);
            lines.Add(name.Length > 0 ? $"{name}: {distance}" : distance);
        }

        return lines;

        static string Join(string? label, string name) => label is null ? name : name.Length == 0 ? label : $"{label}, {name}";
    }

    private bool KnowsKeysOf(Expr e) => ExprNodes.Walk(e).OfType<IndicatorRef>().All(r =>
        r.Key is null || _reading.Names.KnowsKey(_reading.RuleSet.FindIndicator(r.Indicator)?.Dimension, r.Key));

    private (PartReader Reader, Expr Subject)? FindComparison(WhatIfPart p)
    {
        foreach (var (part, result, reader, values) in _parts)
        {
            foreach (var node in ExprNodes.Walk(part.Expression).OfType<BinaryExpr>().Where(b => b.Operator.IsComparison()))
            {
                var matches = p.Subject is { } subject
                    ? part.Text.Substring(node.Left.Start, node.Left.Length) == subject
                    : result is not null && ReferenceEquals(result.Comparison, p.Comparison) && values.Number(node.Left) == p.Comparison!.Actual && values.Number(node.Right) == p.Comparison.Threshold;
                if (matches)
                {
                    return (reader, node.Left);
                }
            }
        }

        return null;
    }

    /// <summary>A comparison of a side with a number written in the rule file, the number on the right; null otherwise.</summary>
    private static (Expr Subject, BinaryOperator Op, decimal Target)? Target(Expr e) => Comparison(e) is var (subject, op, other) && other is NumberLiteral n ? (subject, op, n.Value) : null;

    private static (Expr Subject, BinaryOperator Op, Expr Other)? Comparison(Expr e) => e switch
    {
        BinaryExpr { Operator: var op } b when op.IsComparison() && op != BinaryOperator.NotEqual && b.Left is NumberLiteral && b.Right is not NumberLiteral => (b.Right, op.Mirrored(), b.Left),
        BinaryExpr { Operator: var op } b when op.IsComparison() && op != BinaryOperator.NotEqual && !b.Left.Type.IsYesNo() => (b.Left, op, b.Right),
        _ => null,
    };

}
