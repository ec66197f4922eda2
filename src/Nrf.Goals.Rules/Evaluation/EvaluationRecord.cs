using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Results;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Rules.Evaluation;

/// <summary>
/// What one evaluation computed, node by node: the compiled rules call these methods with node ids and the indicator
/// values they matched, and each method records its value so that explanations show the numbers the engine actually
/// used. Three-valued: null is "missing". Each report fact has its own (a pooled session's is reset per report), so
/// evaluations never share state; node and part slots are disjoint, so a rule that fires again
/// (a live session) overwrites only its own.
/// </summary>
internal sealed class EvaluationRecord
{
    [ThreadStatic]
    private static List<ValueUsed>? t_gathered;

    private readonly List<ValueUsed>?[] _used;
    private List<ValueUsed>?[]? _readByCall;
    private readonly string?[] _missing;
    private ManualAssessment?[]? _assessments;
    private FunctionReads? _reads;
    private ActivityReport?[]? _activities;

    /// <param name="plan">The plan being evaluated.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="asOf">The interim report's cut-off date, if any.</param>
    /// <param name="recordUsed">False when nobody will read the values used (statuses only): then they are not kept.</param>
    public EvaluationRecord(EvaluationPlan plan, int year, DateOnly? asOf, bool recordUsed = true)
    {
        Plan = plan;
        Year = year;
        AsOf = asOf;
        RecordUsed = recordUsed;
        var parts = plan.Parts.Length;
        PartValue = new bool?[parts];
        PartNumber = new decimal?[parts];
        _used = new List<ValueUsed>?[parts];
        _missing = new string?[parts];
        Numbers = new decimal?[plan.Nodes.Length];
        Flags = new bool?[plan.Nodes.Length];
    }

    /// <summary>The plan whose nodes this records.</summary>
    public EvaluationPlan Plan { get; }

    /// <summary>The assessed year.</summary>
    public int Year { get; private set; }

    /// <summary>The interim report's cut-off date, if any.</summary>
    public DateOnly? AsOf { get; private set; }

    /// <summary>True for a delårsrapport, whose year's numbers are forecasts (set with each report's values, <see cref="Facts.EvaluationFact"/>).</summary>
    public bool Interim { get; set; }

    /// <summary>Whether the values used are kept (full detail) or not (statuses only).</summary>
    public bool RecordUsed { get; private set; }

    public decimal?[] Numbers { get; }

    public bool?[] Flags { get; }

    public bool?[] PartValue { get; }

    public decimal?[] PartNumber { get; }

    public ManualAssessment?[] Assessments => _assessments ??= new ManualAssessment?[PartValue.Length];

    public ActivityReport?[] Activities => _activities ??= new ActivityReport?[PartValue.Length];

    /// <summary>
    /// Clears the record for the next evaluation of a pooled session: the arrays are sized by the rule set, so reusing
    /// them spares a batch most of its allocations; nothing of a record outlives the evaluation (results copy what they keep).
    /// </summary>
    public void Reset(int year, DateOnly? asOf, bool recordUsed)
    {
        Year = year;
        AsOf = asOf;
        RecordUsed = recordUsed;
        Array.Clear(PartValue);
        Array.Clear(PartNumber);
        Array.Clear(_missing);
        Array.Clear(Numbers);
        Array.Clear(Flags);
        if (_assessments is not null)
        {
            Array.Clear(_assessments);
        }

        if (_activities is not null)
        {
            Array.Clear(_activities);
        }

        foreach (var list in _used)
        {
            list?.Clear();
        }

        if (_readByCall is not null)
        {
            foreach (var list in _readByCall)
            {
                list?.Clear();
            }
        }
    }

    private void ClearPart(int part)
    {
        PartValue[part] = null;
        PartNumber[part] = null;
        _missing[part] = null;
        _used[part]?.Clear();
        if (_assessments is not null)
        {
            _assessments[part] = null;
        }

        if (_activities is not null)
        {
            _activities[part] = null;
        }
    }

    /// <summary>Forgets what <paramref name="part"/> recorded and returns this record, for the part's rule to compute it again.</summary>
    public EvaluationRecord Begin(int part)
    {
        ClearPart(part);
        return this;
    }

    public IReadOnlyList<ValueUsed> UsedBy(int part) => (IReadOnlyList<ValueUsed>?)_used[part] ?? [];

    /// <summary>
    /// The values the function call at <paramref name="node"/> read, in the order read — not every value its part used:
    /// in <c>increased(x) and at(x, 2018) &gt; 0</c>, <c>increased</c> read two years of x, not 2018.
    /// </summary>
    public IReadOnlyList<ValueUsed> ReadBy(int node) => (IReadOnlyList<ValueUsed>?)_readByCall?[node] ?? [];

    public string? MissingIn(int part) => _missing[part];

    /// <summary>The values the <paramref name="parts"/> and then the <paramref name="more"/> parts used, each once, in the order first used.</summary>
    public ImmutableArray<ValueUsed> UsedBy(ImmutableArray<int> parts, ImmutableArray<int> more)
    {
        // Gathered in this thread's list, so that only the result's own array is allocated.
        var all = t_gathered ??= new List<ValueUsed>();
        all.Clear();
        foreach (var part in parts)
        {
            AddDistinct(all, _used[part]);
        }

        foreach (var part in more)
        {
            AddDistinct(all, _used[part]);
        }

        return all.Count == 0 ? ImmutableArray<ValueUsed>.Empty : [.. all];
    }

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

    // ---- called by compiled rules ----

    /// <summary>A criterion part's outcome: true met, false not met, null not evaluable.</summary>
    public bool? Done(int part, bool? value) => PartValue[part] = value;

    /// <summary>A shown number (monitor-only goals, explanation placeholders).</summary>
    public decimal? Show(int part, decimal? value) => PartNumber[part] = value;

    /// <summary>A shown yes/no.</summary>
    public bool? Show(int part, bool? value) => PartValue[part] = value;

    /// <summary>A manual assessment, read from the indicator's reported values.</summary>
    public bool? Manual(int part, IndicatorData data)
    {
        var assessment = data.Assessment;
        if (assessment is null)
        {
            Missing(part, Reasons.AssessmentMissing(Plan.Parts[part].ManualIndicator!));
            return PartValue[part] = null;
        }

        Assessments[part] = assessment;
        return PartValue[part] = assessment.Status == GoalStatus.Met;
    }

    /// <summary>An activity's state, read from the indicator's reported values; never met or not met (null).</summary>
    public bool? Activity(int part, IndicatorData data)
    {
        if (data.Activity is { } report)
        {
            Activities[part] = report;
        }
        else
        {
            Missing(part, Reasons.ActivityMissing(Plan.Parts[part].ManualIndicator!));
        }

        return PartValue[part] = null;
    }

    public decimal? K(int node) => Numbers[node] = Plan.Nodes[node].Constant;

    public bool? B(int node) => Flags[node] = ((BoolLiteral)Plan.Nodes[node].Expr).Value;

    /// <summary>A number reference, read from the indicator's reported values (or the rule file's baseline).</summary>
    public decimal? N(int node, IndicatorData data) => Numbers[node] = Read(node, data).Number;

    /// <summary>A yes/no reference, read from the indicator's reported values.</summary>
    public bool? F(int node, IndicatorData data) => Flags[node] = Read(node, data).Flag;

    public decimal? Neg(int node, decimal? a) => Numbers[node] = -a;

    public bool? Invert(int node, bool? a) => Flags[node] = a is null ? null : !a;

    public decimal? Plus(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x + y);

    public decimal? Minus(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x - y);

    public decimal? Times(int node, decimal? a, decimal? b) => Numbers[node] = Checked(node, a, b, static (x, y) => x * y);

    public decimal? Over(int node, decimal? a, decimal? b)
    {
        if (b == 0m)
        {
            Missing(Plan.Nodes[node].Part, Reasons.DivisionByZero);
            return Numbers[node] = null;
        }

        return Numbers[node] = Checked(node, a, b, static (x, y) => x / y);
    }

    /// <summary>A function of one number (<c>abs</c>).</summary>
    public decimal? Operand(int node, decimal? a) => Numbers[node] = Plan.Nodes[node].Function!.Apply(a, null);

    /// <summary>A function of several numbers, folded left to right: <c>min(a, b, c)</c> = step(step(a, b), c).</summary>
    public decimal? Fold(int node, decimal?[] operands)
    {
        var function = Plan.Nodes[node].Function!;
        var value = operands[0];
        for (var i = 1; i < operands.Length; i++)
        {
            value = function.Apply(value, operands[i]);
        }

        return Numbers[node] = value;
    }

    public bool? Compare(int node, decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return Flags[node] = null;
        }

        return Flags[node] = ((BinaryExpr)Plan.Nodes[node].Expr).Operator switch
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
        return Flags[node] = ((BinaryExpr)Plan.Nodes[node].Expr).Operator == BinaryOperator.Equal ? equal : !equal;
    }

    // Kleene logic: a known false decides "and", a known true decides "or", whatever is missing.
    public bool? Both(int node, bool? a, bool? b) => Flags[node] = a == false || b == false ? false : a == true && b == true ? true : null;

    public bool? Either(int node, bool? a, bool? b) => Flags[node] = a == true || b == true ? true : a == false && b == false ? false : null;

    /// <summary>A function of references (increased, gap, min of a series …) that gives a number.</summary>
    public decimal? RefN(int node, IndicatorData data) => Numbers[node] = ApplyFunction(node, data, null).Number;

    /// <summary>A function of references that gives yes/no.</summary>
    public bool? RefF(int node, IndicatorData data) => Flags[node] = ApplyFunction(node, data, null).Flag;

    /// <summary>A function of several indicators (<c>weighted_mean_years(x, w, n)</c>) that gives a number: <paramref name="data"/> in argument order.</summary>
    public decimal? RefN(int node, IndicatorData[] data) => Numbers[node] = ApplyFunction(node, data[0], data).Number;

    /// <summary>A function of several indicators that gives yes/no.</summary>
    public bool? RefF(int node, IndicatorData[] data) => Flags[node] = ApplyFunction(node, data[0], data).Flag;

    // ---- helpers ----

    private (decimal? Number, bool? Flag) ApplyFunction(int node, IndicatorData data, IndicatorData[]? all)
    {
        var info = Plan.Nodes[node];
        var reads = _reads ??= new FunctionReads(this);
        List<ValueUsed>? read = null;
        if (RecordUsed && (info.Function!.ListsInputs || info.Function.IsWindow))
        {
            // Explanations list what the call read (increased(x): 45 900 (2023) mot 41 200 (2022); sum_years(x, 3) =
            // 31 (2021) + 36,7 (2022) + 6,1 (2023) = 73,8), so its reads are kept apart.
            read = (_readByCall ??= new List<ValueUsed>?[Plan.Nodes.Length])[node] ??= new List<ValueUsed>(2);
            read.Clear();
        }

        reads.Start(info.Part, (CallExpr)info.Expr, Plan.FunctionArguments(node), data, all, read);
        return info.Function!.Apply(reads);
    }

    private ReferenceValue Read(int node, IndicatorData data)
    {
        var info = Plan.Nodes[node];
        var resolved = info.Ref!.Read(data, Year);
        Record(info.Part, resolved);
        return resolved;
    }

    /// <summary>Keeps what a read used (for the result) and why it is missing (for the explanation) with <paramref name="part"/>.</summary>
    public void Record(int part, ReferenceValue resolved)
    {
        if (RecordUsed && resolved.Used is { } used)
        {
            var list = _used[part] ??= new List<ValueUsed>();
            if (!list.Contains(used))
            {
                list.Add(used);
            }
        }

        if (resolved.Missing is { } reason)
        {
            Missing(part, reason);
        }
    }

    private void Missing(int part, string reason) => _missing[part] ??= reason;

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
            Missing(Plan.Nodes[node].Part, Reasons.TooLarge);
            return null;
        }
    }

    /// <summary>
    /// What a function of references reads through while the record evaluates one call: the call's arguments and data, and
    /// the part its reads and missing values are recorded with. One per record, reused for every call (calls never nest).
    /// </summary>
    private sealed class FunctionReads(EvaluationRecord record) : IReferenceReader
    {
        private int _part;
        private List<ValueUsed>? _read;
        private IndicatorData _first = IndicatorData.Empty;
        private IndicatorData[]? _all;

        public int Year => record.Year;

        public DateOnly? AsOf => record.AsOf;

        public YearSpan Validity => new(record.Plan.RuleSet.ValidFrom, record.Plan.RuleSet.ValidTo);

        public CallExpr Call { get; private set; } = null!;

        public IReadOnlyList<Reference> Arguments { get; private set; } = [];

        public void Start(int part, CallExpr call, IReadOnlyList<Reference> arguments, IndicatorData first, IndicatorData[]? all, List<ValueUsed>? read)
        {
            _part = part;
            Call = call;
            Arguments = arguments;
            _first = first;
            _all = all;
            _read = read;
        }

        public IndicatorData DataOf(int argument) => _all is { } all ? all[argument] : argument == 0 ? _first : IndicatorData.Empty;

        public ReferenceValue Read(Reference reference, string? key = null)
        {
            var value = reference.Read(DataOf(ArgumentOf(reference)), record.Year, key);
            Record(value);
            return value;
        }

        /// <summary>The argument whose indicator <paramref name="reference"/> reads (a call reads one or two: a search is enough).</summary>
        private int ArgumentOf(Reference reference)
        {
            for (var i = 1; i < Arguments.Count; i++)
            {
                if (ReferenceEquals(Arguments[i].Indicator, reference.Indicator))
                {
                    return i;
                }
            }

            return 0;
        }

        public void Record(ReferenceValue value)
        {
            record.Record(_part, value);
            if (_read is not null && value.Used is { } used && !_read.Contains(used))
            {
                _read.Add(used);
            }
        }

        public void Missing(string reason) => record.Record(_part, ReferenceValue.Absent(reason));
    }
}
