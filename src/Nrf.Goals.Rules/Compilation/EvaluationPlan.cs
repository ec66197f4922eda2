using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Evaluation;

namespace Nrf.Goals.Rules.Compilation;

/// <summary>
/// A rule set laid out for evaluation, whatever the engine: each goal's cases and parts, and every expression node
/// numbered in pre-order with what it reads. An engine compiles the nodes into its own rules; the results and
/// explanations are written from the values an evaluation recorded per node (<see cref="EvaluationRecord"/>).
/// Built once per rule set; immutable.
/// </summary>
internal sealed class EvaluationPlan
{
    private readonly Reference[]?[] _functionArguments;
    private readonly ValueUnit?[] _units;
    private readonly int[][][] _shown;

    private EvaluationPlan(RuleSet ruleSet, ImmutableArray<PlanGoal> goals, ImmutableArray<PlanPart> parts, ImmutableArray<PlanNode> nodes)
    {
        RuleSet = ruleSet;
        Goals = goals;
        Parts = parts;
        Nodes = nodes;
        Texts = new NodeTexts(nodes, parts);
        _functionArguments = new Reference[]?[nodes.Length];
        _units = new ValueUnit?[nodes.Length];
        for (var node = 0; node < nodes.Length; node++)
        {
            // The unit of each comparison's left side, derived once per rule set (or stated by the rule file).
            if (nodes[node].Expr is BinaryExpr { Operator: var op } comparison && op.IsComparison() && parts[nodes[node].Part].Part is { } criterion)
            {
                _units[node + 1] = UnitDerivation.Of(comparison.Left, criterion, ruleSet.FindIndicator);
            }

            if (nodes[node].Expr is CallExpr call)
            {
                var args = new List<Reference>(call.Arguments.Length);
                for (var i = 1; i <= call.Arguments.Length && node + i < nodes.Length; i++)
                {
                    if (nodes[node + i].Ref is { } spec)
                    {
                        args.Add(spec);
                    }
                }

                _functionArguments[node] = [.. args];
            }
        }

        _shown = goals.Select(g => g.Cases.Select(c => c.Parts.Where(p => parts[p].Kind == PartKind.Display).Concat(c.TemplateParts).ToArray()).ToArray()).ToArray();
    }

    /// <summary>The parts whose values a case of a goal shows, in the order its rule computes them: the case's shown parts, then the template's.</summary>
    public int[] ShownParts(PlanGoal goal, PlanCase chosen) => _shown[goal.Index][chosen.Index];

    /// <summary>The rule set laid out.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Every goal, in rule-file order.</summary>
    public ImmutableArray<PlanGoal> Goals { get; }

    /// <summary>Every part of every goal, numbered across the rule set.</summary>
    public ImmutableArray<PlanPart> Parts { get; }

    /// <summary>Every expression node of every part, numbered in pre-order.</summary>
    public ImmutableArray<PlanNode> Nodes { get; }

    /// <summary>The value-independent texts of the nodes, for explanations.</summary>
    public NodeTexts Texts { get; }

    /// <summary>The unit of the left side of a comparison, at the side's node (<see cref="UnitDerivation"/>); null where it is not known.</summary>
    public ValueUnit? UnitOf(int node) => _units[node];

    /// <summary>The references a function node (increased, gap, min of a series …) is applied to.</summary>
    public IReadOnlyList<Reference> FunctionArguments(int node) => _functionArguments[node] ?? [];

    /// <summary>The ids of the indicators any part reads, each once, in the order first read.</summary>
    public IReadOnlyList<string> IndicatorsRead() => IndicatorsRead(Enumerable.Range(0, Parts.Length));

    /// <summary>The ids of the indicators the parts read, each once, in the order first read.</summary>
    public IReadOnlyList<string> IndicatorsRead(IEnumerable<int> parts)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (Parts[part].ManualIndicator is { } manual && seen.Add(manual))
            {
                ids.Add(manual);
            }

            if (Parts[part].RootNode < 0)
            {
                continue;
            }

            var end = Parts[part].RootNode + Texts.Size[Parts[part].RootNode];
            for (var node = Parts[part].RootNode; node < end; node++)
            {
                if (Nodes[node].Ref is { } spec && !spec.ReadsBaseline && seen.Add(spec.Indicator.Id))
                {
                    ids.Add(spec.Indicator.Id);
                }
            }
        }

        return ids;
    }

    /// <summary>Lays out <paramref name="ruleSet"/>.</summary>
    public static EvaluationPlan Build(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new Builder(ruleSet).Build();
    }

    private sealed class Builder
    {
        private readonly RuleSet _ruleSet;
        private readonly List<PlanNode> _nodes = [];
        private readonly List<PlanPart> _parts = [];
        private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
        private readonly Numbering _numbering;
        private int _part;

        public Builder(RuleSet ruleSet)
        {
            _ruleSet = ruleSet;
            _numbering = new Numbering(this);
            // RuleSet.FindIndicator searches the list; a rule set of 10 000 goals would search it 10 000 times.
            foreach (var indicator in ruleSet.Indicators)
            {
                _indicators.TryAdd(indicator.Id, indicator);
            }
        }

        public EvaluationPlan Build()
        {
            var goals = ImmutableArray.CreateBuilder<PlanGoal>(_ruleSet.Goals.Length);
            foreach (var goal in _ruleSet.Goals)
            {
                var cases = goal.Criterion is ScheduledCriterion scheduled
                    ? scheduled.Cases.Select((c, i) => WithTemplate(Case(i, c.Year, c.Period, c.Criterion), c.Explanation)).ToImmutableArray()
                    : [Case(0, null, null, goal.Criterion)];
                var template = Template(goal.Explanation);

                // A case without an explanation of its own is explained by the goal's template.
                cases = [.. cases.Select(c => c.Template is null ? c with { Template = goal.Explanation, TemplateParts = template } : c)];
                goals.Add(new PlanGoal(goals.Count, goal, cases, template));
            }

            return new EvaluationPlan(_ruleSet, goals.MoveToImmutable(), [.. _parts], [.. _nodes]);
        }

        /// <summary>The parts of a template's placeholders, numbered as parts of the plan.</summary>
        private ImmutableArray<int> Template(ExplanationTemplate? template) =>
            template?.Placeholders.Select(p => AddPart(p.Part, PartKind.Display)).ToImmutableArray() ?? ImmutableArray<int>.Empty;

        private PlanCase WithTemplate(PlanCase c, ExplanationTemplate? explanation) =>
            explanation is null ? c : c with { Template = explanation, TemplateParts = Template(explanation) };

        private PlanCase Case(int index, int? year, ReportPeriod? period, Criterion criterion) => criterion switch
        {
            ExpressionCriterion e => new PlanCase(index, year, period, criterion, e.Parts.Select(p => AddPart(p, PartKind.Condition)).ToImmutableArray()),
            MonitorCriterion m => new PlanCase(index, year, period, criterion, m.Shown.Select(p => AddPart(p, PartKind.Display)).ToImmutableArray()),
            ManualCriterion m => new PlanCase(index, year, period, criterion, [AddManual(m.Indicator, PartKind.Manual)]),
            ActivityCriterion a => new PlanCase(index, year, period, criterion, [AddManual(a.Indicator, PartKind.Activity)]),
            _ => throw new InvalidOperationException($"Unexpected criterion {criterion.GetType().Name} inside a case."),
        };

        private int AddPart(CriterionPart part, PartKind kind)
        {
            _part = _parts.Count;
            var root = Number(part.Expression);
            _parts.Add(new PlanPart(_part, kind, part, null, root));
            return _part;
        }

        private int AddManual(string indicator, PartKind kind)
        {
            var index = _parts.Count;
            _parts.Add(new PlanPart(index, kind, null, indicator, -1));
            return index;
        }

        /// <summary>Numbers <paramref name="expr"/> and its operands in pre-order; returns the node's id.</summary>
        private int Number(Expr expr) => expr.Accept(_numbering);

        private int WithOperands(Expr expr, params Expr[] operands)
        {
            var id = Add(expr, null, 0, []);
            var children = operands.Select(Number).ToImmutableArray();
            _nodes[id] = _nodes[id] with { Children = children };
            return id;
        }

        private int Add(Expr expr, Reference? spec, decimal constant, ImmutableArray<int> children)
        {
            var id = _nodes.Count;
            _nodes.Add(new PlanNode(id, expr, _part, spec, constant, children) { Function = expr is CallExpr c ? FunctionLibrary.Find(c.Function) : null });
            return id;
        }

        private Reference Resolve(Expr expr) => Reference.Of(expr, id => _indicators[id]);

        /// <summary>
        /// Numbers one node by its kind: leaves and references alone; operators and functions of numbers with their operands
        /// as children (what an engine computes from); functions of references with their arguments numbered after them,
        /// which are computed from the references alone and only feed explanations.
        /// </summary>
        private sealed class Numbering(Builder builder) : ExprVisitor<int>
        {
            public override int VisitNumber(NumberLiteral number) => builder.Add(number, null, number.Value, []);

            public override int VisitBool(BoolLiteral flag) => builder.Add(flag, null, 0, []);

            public override int VisitIndicator(IndicatorRef reference) => builder.Add(reference, builder.Resolve(reference), 0, []);

            public override int VisitUnary(UnaryExpr unary) => builder.WithOperands(unary, unary.Operand);

            public override int VisitBinary(BinaryExpr binary) => builder.WithOperands(binary, binary.Left, binary.Right);

            public override int VisitCall(CallExpr call)
            {
                switch (FunctionLibrary.Find(call.Function)!.Form(call))
                {
                    case FunctionForm.TimeShift:
                        return builder.Add(call, builder.Resolve(call), 0, []);
                    case FunctionForm.OfNumbers:
                        return builder.WithOperands(call, [.. call.Arguments]);
                    default:
                        var id = builder.Add(call, null, 0, []);
                        foreach (var arg in call.Arguments)
                        {
                            builder.Add(arg, arg.Type.IsRef() ? builder.Resolve(arg) : null, arg is NumberLiteral lit ? lit.Value : 0, []);
                        }

                        return id;
                }
            }
        }
    }
}
