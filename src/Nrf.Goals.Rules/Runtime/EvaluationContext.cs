using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>
/// The parameter <c>v</c> of every engine rule. Each evaluation rents one (this thread's spare for the same rule set,
/// cleared, or a new one), so evaluations never share state.
/// The compiled expressions call these methods with node ids; each method records its value so that the
/// explanation shows the numbers the engine actually used. Three-valued: null is "missing".
/// Method names avoid System.Linq.Dynamic.Core keywords (and, or, not, ge, …), which it matches case-insensitively.
/// </summary>
internal sealed class EvaluationContext
{
    [ThreadStatic]
    private static EvaluationContext? t_spare;

    private readonly CompiledRuleSet _compiled;
    private ValuesDocument _values;
    private readonly bool[] _active;
    private readonly List<ValueUsed>?[] _used;
    private readonly string?[] _missing;
    private bool _recordUsed;

    /// <param name="compiled">The rule set being evaluated.</param>
    /// <param name="values">The values document.</param>
    /// <param name="recordUsed">False when nobody will read the values used (statuses only): then they are not kept.</param>
    public EvaluationContext(CompiledRuleSet compiled, ValuesDocument values, bool recordUsed = true)
    {
        _compiled = compiled;
        _values = values;
        _recordUsed = recordUsed;
        var rules = compiled.Rules.Length;
        _active = new bool[rules];
        RuleValue = new bool?[rules];
        RuleNumber = new decimal?[rules];
        RuleRan = new bool[rules];
        _used = new List<ValueUsed>?[rules];
        _missing = new string?[rules];
        Numbers = new decimal?[compiled.Nodes.Length];
        Flags = new bool?[compiled.Nodes.Length];
    }

    /// <summary>
    /// A context for one evaluation: this thread's spare one for the same rule set, cleared, or a new one. The arrays
    /// are sized by the rule set, so reusing them spares a batch most of its allocations; nothing of a context outlives
    /// the evaluation that rented it (results copy what they keep).
    /// </summary>
    public static EvaluationContext Rent(CompiledRuleSet compiled, ValuesDocument values, bool recordUsed)
    {
        var spare = t_spare;
        if (spare is null || !ReferenceEquals(spare._compiled, compiled))
        {
            return new EvaluationContext(compiled, values, recordUsed);
        }

        t_spare = null;
        spare.Reset(values, recordUsed);
        return spare;
    }

    /// <summary>Hands the context back for this thread's next evaluation; the caller must not use it afterwards.</summary>
    public void Return()
    {
        // The spare must not keep a values document (possibly large) alive until this thread's next evaluation.
        _values = null!;
        t_spare = this;
    }

    private void Reset(ValuesDocument values, bool recordUsed)
    {
        _values = values;
        _recordUsed = recordUsed;
        Array.Clear(_active);
        Array.Clear(RuleValue);
        Array.Clear(RuleNumber);
        Array.Clear(RuleRan);
        Array.Clear(_missing);
        Array.Clear(Numbers);
        Array.Clear(Flags);
        if (_assessments is not null)
        {
            Array.Clear(_assessments);
        }

        foreach (var list in _used)
        {
            list?.Clear();
        }
    }

    public decimal?[] Numbers { get; }

    public bool?[] Flags { get; }

    public bool?[] RuleValue { get; }

    public decimal?[] RuleNumber { get; }

    public bool[] RuleRan { get; }

    public ManualAssessment?[] Assessments => _assessments ??= new ManualAssessment?[_active.Length];

    private ManualAssessment?[]? _assessments;

    public void Activate(int rule) => _active[rule] = true;

    public IReadOnlyList<ValueUsed> UsedBy(int rule) => (IReadOnlyList<ValueUsed>?)_used[rule] ?? [];

    public string? MissingIn(int rule) => _missing[rule];

    /// <summary>The values the <paramref name="rules"/> and then the <paramref name="more"/> rules used, each once, in the order first used.</summary>
    public ImmutableArray<ValueUsed> UsedBy(ImmutableArray<int> rules, ImmutableArray<int> more)
    {
        // Gathered in this thread's list, so that only the result's own array is allocated.
        var all = t_gathered ??= new List<ValueUsed>();
        all.Clear();
        foreach (var rule in rules)
        {
            AddDistinct(all, _used[rule]);
        }

        foreach (var rule in more)
        {
            AddDistinct(all, _used[rule]);
        }

        return all.Count == 0 ? ImmutableArray<ValueUsed>.Empty : [.. all];
    }

    [ThreadStatic]
    private static List<ValueUsed>? t_gathered;

    private static void AddDistinct(List<ValueUsed> all, List<ValueUsed>? used)
    {
        if (used is null)
        {
            return;
        }

        foreach (var value in used)
        {
            // A goal uses a handful of values: a linear search is cheaper than hashing their strings.
            if (!all.Contains(value))
            {
                all.Add(value);
            }
        }
    }

    // ---- called by the engine ----

    public bool On(int rule) => _active[rule];

    public bool Done(int rule, bool? value)
    {
        RuleRan[rule] = true;
        RuleValue[rule] = value;
        return value == true;
    }

    public bool Show(int rule, decimal? value)
    {
        RuleRan[rule] = true;
        RuleNumber[rule] = value;
        return true;
    }

    public bool Show(int rule, bool? value)
    {
        RuleRan[rule] = true;
        RuleValue[rule] = value;
        return true;
    }

    public bool Manual(int rule)
    {
        RuleRan[rule] = true;
        var indicator = _compiled.Rules[rule].ManualIndicator!;
        var assessment = _values.Find(indicator)?.Assessment;
        if (assessment is null)
        {
            Missing(rule, $"bedömning saknas för {indicator}");
            return false;
        }

        Assessments[rule] = assessment;
        RuleValue[rule] = assessment.Status == GoalStatus.Met;
        return assessment.Status == GoalStatus.Met;
    }

    public decimal? K(int node) => Numbers[node] = _compiled.Nodes[node].Constant;

    public bool? B(int node) => Flags[node] = ((BoolLiteral)_compiled.Nodes[node].Expr).Value;

    public decimal? N(int node) => Numbers[node] = Read(node).Number;

    public bool? F(int node) => Flags[node] = Read(node).Flag;

    public decimal? Neg(int node, decimal? a) => Numbers[node] = -a;

    public bool? Invert(int node, bool? a) => Flags[node] = a is null ? null : !a;

    public decimal? Plus(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x + y);

    public decimal? Minus(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x - y);

    public decimal? Times(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x * y);

    public decimal? Over(int node, decimal? a, decimal? b)
    {
        if (b == 0m)
        {
            Missing(_compiled.Nodes[node].Rule, "division med noll");
            return Numbers[node] = null;
        }

        return Numbers[node] = Checked(node, a, b, static (x, y) => x / y);
    }

    public decimal? Abs(int node, decimal? a) => Numbers[node] = a is { } x ? Math.Abs(x) : null;

    public decimal? Least(int node, decimal? a, decimal? b) => Numbers[node] = a is { } x && b is { } y ? Math.Min(x, y) : null;

    public decimal? Most(int node, decimal? a, decimal? b) => Numbers[node] = a is { } x && b is { } y ? Math.Max(x, y) : null;

    public bool? Compare(int node, decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return Flags[node] = null;
        }

        var op = ((BinaryExpr)_compiled.Nodes[node].Expr).Operator;
        return Flags[node] = op switch
        {
            BinaryOperator.Equal => x == y,
            BinaryOperator.NotEqual => x != y,
            BinaryOperator.Less => x < y,
            BinaryOperator.LessOrEqual => x <= y,
            BinaryOperator.Greater => x > y,
            _ => x >= y,
        };
    }

    public bool? Same(int node, bool? a, bool? b)
    {
        if (a is null || b is null)
        {
            return Flags[node] = null;
        }

        var equal = a == b;
        return Flags[node] = ((BinaryExpr)_compiled.Nodes[node].Expr).Operator == BinaryOperator.Equal ? equal : !equal;
    }

    // Kleene logic: a known false decides "and", a known true decides "or", whatever is missing.
    public bool? Both(int node, bool? a, bool? b) => Flags[node] = a == false || b == false ? false : a == true && b == true ? true : null;

    public bool? Either(int node, bool? a, bool? b) => Flags[node] = a == true || b == true ? true : a == false && b == false ? false : null;

    public decimal? RefN(int node) => Numbers[node] = ApplyFunction(node).Number;

    public bool? RefF(int node) => Flags[node] = ApplyFunction(node).Flag;

    // ---- helpers ----

    private (decimal? Number, bool? Flag) ApplyFunction(int node)
    {
        var info = _compiled.Nodes[node];
        return RefFunctions.Apply(((CallExpr)info.Expr).Function, _compiled.FunctionArguments(node), _values, this, info.Rule);
    }

    private Resolved Read(int node)
    {
        var info = _compiled.Nodes[node];
        var resolved = ValueResolver.Read(_values, info.Ref!);
        Record(info.Rule, resolved);
        return resolved;
    }

    /// <summary>Keeps what a read used (for the result) and why it is missing (for the explanation) with <paramref name="rule"/>.</summary>
    public void Record(int rule, Resolved resolved)
    {
        if (_recordUsed && resolved.Used is { } used)
        {
            var list = _used[rule] ??= new List<ValueUsed>();
            if (!list.Contains(used))
            {
                list.Add(used);
            }
        }

        if (resolved.Missing is { } reason)
        {
            Missing(rule, reason);
        }
    }

    private void Missing(int rule, string reason) => _missing[rule] ??= reason;

    private decimal? Checked(int node, decimal? a, decimal? b, Func<decimal, decimal, decimal> op)
    {
        if (a is not { } x || b is not { } y)
        {
            return null;
        }

        try
        {
            return op(x, y);
        }
        catch (OverflowException)
        {
            Missing(_compiled.Nodes[node].Rule, "talet blir för stort att räkna med");
            return null;
        }
    }
}
