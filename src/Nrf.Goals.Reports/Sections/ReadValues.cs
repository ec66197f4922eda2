using System.Collections.Immutable;
using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Reports;

/// <summary>
/// The numbers behind one criterion part, node by node, as evaluation computed them: each comparison's two sides from
/// the part's <see cref="PartResult.Comparisons"/>, and each reference and function from the values the goal used,
/// read again through the language's own meaning (<see cref="Reference.Read"/>, <see cref="CriterionFunction.Apply(IReferenceReader)"/>)
/// so that <c>previous(x)</c> is the year before and <c>latest(s)</c> the observation evaluation chose. Nothing is
/// computed that evaluation did not compute; an arithmetic node that is not a compared side has no number here.
/// </summary>
internal sealed class ReadValues
{
    private readonly RuleSet _ruleSet;
    private readonly int _year;
    private readonly Dictionary<string, IndicatorData> _data = new(StringComparer.Ordinal);
    private readonly Dictionary<Expr, decimal> _sides = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expr, bool> _held = new(ReferenceEqualityComparer.Instance);

    public ReadValues(RuleSet ruleSet, GoalResult goal, PartResult? part, CriterionPart criterion, int year)
    {
        _ruleSet = ruleSet;
        _year = year;
        foreach (var group in goal.Values.GroupBy(v => v.Indicator, StringComparer.Ordinal))
        {
            _data[group.Key] = DataOf(group);
        }

        if (part is not null)
        {
            Sides(part, criterion);
        }
    }

    /// <summary>The number of <paramref name="e"/>, or null when evaluation has none (missing, or not a compared side).</summary>
    public decimal? Number(Expr e)
    {
        if (_sides.TryGetValue(e, out var side))
        {
            return side;
        }

        return e switch
        {
            NumberLiteral n => n.Value,
            IndicatorRef or CallExpr { } when IsReference(e) => Reference(e)?.Read(DataOf(e), _year).Number,
            CallExpr c when Function(c) is { } f && f.Form(c) == FunctionForm.OfReferences => Apply(c, f).Number,
            CallExpr c when Function(c) is { } f => Fold(c, f),
            _ => null,
        };
    }

    /// <summary>The yes/no of <paramref name="e"/>: a yes/no indicator, a comparison that was recorded, or a yes/no function.</summary>
    public bool? Flag(Expr e) => e switch
    {
        _ when _held.TryGetValue(e, out var held) => held,
        BoolLiteral b => b.Value,
        IndicatorRef or CallExpr { } when IsReference(e) => Reference(e)?.Read(DataOf(e), _year).Flag,
        CallExpr c when Function(c) is { } f && f.Form(c) == FunctionForm.OfReferences => Apply(c, f).Flag,
        _ => null,
    };

    /// <summary>The year a reference (or time shift) reads, when it reads one; null for the baseline without a year.</summary>
    public int? YearRead(Expr reference)
    {
        if (Reference(reference) is not { } r)
        {
            return null;
        }

        var read = r.Read(DataOf(reference), _year);
        return read.Year ?? (r.ReadsBaseline ? r.Indicator.Baseline?.Year : r.YearOf(_year, DataOf(reference), r.Key));
    }

    /// <summary>What a function of references read, in the order it read it (<c>gap</c>: K, M; <c>increased</c>: now, before; a series: the observation).</summary>
    public IReadOnlyList<ReferenceValue> Inputs(CallExpr call) =>
        Function(call) is { } f && f.Form(call) == FunctionForm.OfReferences ? Apply(call, f).Reads : [];

    /// <summary>True when <paramref name="e"/> is an indicator or a time shift of one: read like a reference.</summary>
    public static bool IsReference(Expr e) => e switch
    {
        IndicatorRef => true,
        CallExpr c => FunctionLibrary.Find(c.Function) is { } f && f.Form(c) == FunctionForm.TimeShift,
        _ => false,
    };

    private Reference? Reference(Expr e)
    {
        try
        {
            return Expressions.Reference.Of(e, id => _ruleSet.FindIndicator(id) ?? throw new ArgumentException(id));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static CriterionFunction? Function(CallExpr c) => FunctionLibrary.Find(c.Function);

    private IndicatorData DataOf(Expr e) => Indicator(e) is { } id ? _data.GetValueOrDefault(id, IndicatorData.Empty) : IndicatorData.Empty;

    private static string? Indicator(Expr e) => e switch
    {
        IndicatorRef r => r.Indicator,
        CallExpr { Arguments: [var first, ..] } => Indicator(first),
        _ => null,
    };

    private decimal? Fold(CallExpr call, CriterionFunction f)
    {
        if (call.Arguments.Length == 1)
        {
            return f.Apply(Number(call.Arguments[0]), null);
        }

        decimal? folded = Number(call.Arguments[0]);
        foreach (var arg in call.Arguments.Skip(1))
        {
            folded = f.Apply(folded, Number(arg));
        }

        return folded;
    }

    private (decimal? Number, bool? Flag, IReadOnlyList<ReferenceValue> Reads) Apply(CallExpr call, CriterionFunction f)
    {
        // The references the call is applied to; a literal argument (the n of sum_years(x, n)) is read from the call.
        var arguments = call.Arguments.Where(a => a is not NumberLiteral).Select(Reference).ToList();
        if (arguments.Any(a => a is null))
        {
            return (null, null, []);
        }

        var reader = new Reader(this, call, arguments!);
        var (number, flag) = f.Apply(reader);
        return (number, flag, reader.Reads);
    }

    /// <summary>The comparisons' sides, matched to the part's comparison nodes by the left side as written, in order.</summary>
    private void Sides(PartResult part, CriterionPart criterion)
    {
        var comparisons = part.Comparisons.IsDefaultOrEmpty
            ? (part.Comparison is { } only && criterion.Expression is BinaryExpr { Operator: var op } && op.IsComparison() ? [only with { Subject = Text(criterion, ((BinaryExpr)criterion.Expression).Left) }] : ImmutableArray<PartComparison>.Empty)
            : part.Comparisons;
        var pending = comparisons.ToList();
        foreach (var node in ExprNodes.Walk(criterion.Expression))
        {
            if (node is not BinaryExpr { Operator: var o } b || !o.IsComparison())
            {
                continue;
            }

            var subject = Text(criterion, b.Left);
            var match = pending.FindIndex(c => c.Subject == subject);
            if (match < 0)
            {
                continue;
            }

            var c = pending[match];
            pending.RemoveAt(match);
            _sides[b.Left] = c.Actual;
            _sides[b.Right] = c.Threshold;
            if (c.Holds is { } holds)
            {
                _held[b] = holds;
            }
        }

        if (criterion.Expression is BinaryExpr { Operator: var root } whole && (root.IsComparison() || root is BinaryOperator.And or BinaryOperator.Or) && part.Status is GoalStatus.Met or GoalStatus.NotMet)
        {
            _held.TryAdd(whole, part.Status == GoalStatus.Met);
        }
    }

    private static string Text(CriterionPart part, Expr e) => part.Text.Substring(e.Start, e.Length);

    private static IndicatorData DataOf(IEnumerable<ValueUsed> used)
    {
        var years = ImmutableSortedDictionary.CreateBuilder<int, decimal>();
        var flags = ImmutableSortedDictionary.CreateBuilder<int, bool>();
        var keyed = new SortedDictionary<int, ImmutableSortedDictionary<string, decimal>.Builder>();
        var series = new List<DatedValue>();
        foreach (var u in used.Where(u => u.Source != ReferenceValue.FromBaseline))
        {
            switch (u)
            {
                case { Date: { } date, Number: { } n }:
                    series.Add(new DatedValue(date, n));
                    break;
                case { Year: { } y, Flag: { } f }:
                    flags[y] = f;
                    break;
                case { Year: { } y, Key: { } key, Number: { } n }:
                    if (!keyed.TryGetValue(y, out var keys))
                    {
                        keyed[y] = keys = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
                    }

                    keys[key] = n;
                    break;
                case { Year: { } y, Number: { } n }:
                    years[y] = n;
                    break;
            }
        }

        return IndicatorData.Empty with
        {
            Years = years.ToImmutable(),
            Flags = flags.ToImmutable(),
            Keyed = keyed.ToImmutableSortedDictionary(k => k.Key, k => k.Value.ToImmutable()),
            Series = [.. series.OrderBy(s => s.Date)],
        };
    }

    /// <summary>What a function of references reads from: the values the goal used, and a record of what it read.</summary>
    private sealed class Reader(ReadValues values, CallExpr call, IReadOnlyList<Reference> arguments) : IReferenceReader
    {
        public List<ReferenceValue> Reads { get; } = [];

        public int Year => values._year;

        public DateOnly? AsOf => null;

        public YearSpan Validity => new(values._ruleSet.ValidFrom, values._ruleSet.ValidTo);

        public CallExpr Call => call;

        public IReadOnlyList<Reference> Arguments => arguments;

        public IndicatorData DataOf(int argument) => values._data.GetValueOrDefault(arguments[argument].Indicator.Id, IndicatorData.Empty);

        public ReferenceValue Read(Reference reference, string? key = null)
        {
            var read = reference.Read(values._data.GetValueOrDefault(reference.Indicator.Id, IndicatorData.Empty), values._year, key);
            Reads.Add(read);
            return read;
        }

        public void Record(ReferenceValue value) => Reads.Add(value);

        public void Missing(string reason)
        {
        }
    }
}
