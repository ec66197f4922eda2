using Nrf.Goals.Expressions;
using Nrf.Goals.Expressions.Functions;
using Nrf.Goals.Model;
using Nrf.Goals.Values;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Reads one criterion part in words from what evaluation computed: a comparison with a number as the value and its
/// target ("kvinnor 41 % (mål minst 40 %)"), a comparison of a quantity with itself at another time as the two values
/// and the direction asked for ("3 950 mot 1 480 under T2 2019, mål: öka"), arithmetic as the figures it combines, and
/// every function by its own reading (<see cref="CriterionFunction.Read"/>) and every operator by
/// <see cref="OperatorReading"/>. No id, no breakdown notation, no function name reaches the text.
/// </summary>
internal sealed class PartReader : ExprVisitor<string>
{
    private readonly ReportReading _reading;
    private readonly CriterionPart _part;
    private readonly ReadValues _values;
    private readonly Subjects _subjects;
    private readonly ValuePeriod? _covers;
    private readonly Model.ReportPeriod? _report;
    private readonly int _year;
    private NumberShape? _literalShape;

    public PartReader(ReportReading reading, CriterionPart part, ReadValues values, Subjects subjects, int year, Model.ReportPeriod? report)
    {
        _reading = reading;
        _part = part;
        _values = values;
        _subjects = subjects;
        _year = year;
        _report = report;
        _covers = ExprNodes.Walk(part.Expression).OfType<IndicatorRef>().Select(r => reading.RuleSet.FindIndicator(r.Indicator)?.Period).FirstOrDefault(p => p is not null);
    }

    private ReportLanguage Language => _reading.Language;

    private bool Swedish => Language == ReportLanguage.Swedish;

    /// <summary>The part read whole, after its label when it has one: "Hälsocentraler: 3,5 % (mål över 2,0 %)".</summary>
    public string Read() => (_part.Label is { } label ? label + ": " : string.Empty) + Visit(_part.Expression);

    /// <summary>The shape <paramref name="e"/>'s number is written in.</summary>
    public NumberShape ShapeOf(Expr e) => NumberShape.Of(e, _part, _reading.RuleSet, _reading.Decimals) ?? NumberShape.Bare;

    /// <summary>The number of <paramref name="e"/> as readers see it, or the word for a missing one.</summary>
    public string Written(Expr e, decimal? value) => value is { } v ? ShapeOf(e).Write(v, Language) : Missing;

    /// <summary>What a side of a comparison is called, without its value (for a chart's bar or a what-if line); empty when the goal's title says it.</summary>
    public string Name(Expr e) => e switch
    {
        IndicatorRef r => _subjects.Of(r, _part),
        CallExpr { Arguments: [var inner, ..] } => Name(inner),
        BinaryExpr b => Name(b.Left),
        UnaryExpr u => Name(u.Operand),
        _ => string.Empty,
    };

    private string Missing => Swedish ? "saknas" : "missing";

    public override string VisitNumber(NumberLiteral number) =>
        _literalShape is { } shape && shape != NumberShape.Bare ? shape.Write(number.Value, Language) : NumberText.Literal(number.Text);

    public override string VisitBool(BoolLiteral flag) => OperatorReading.YesNo(flag.Value, Language);

    public override string VisitIndicator(IndicatorRef reference)
    {
        var subject = _subjects.Of(reference, _part);
        if (reference.Type.IsYesNo())
        {
            // A yes or no alone says nothing: unless the part's label names the fact, the indicator's title does.
            var answer = _values.Flag(reference) is { } f ? OperatorReading.YesNo(f, Language) : Missing;
            var fact = subject.Length > 0 ? subject : _part.Label is null ? ReaderNames.Inside(_reading.RuleSet.FindIndicator(reference.Indicator)?.Title ?? string.Empty) : string.Empty;
            return fact.Length == 0 ? answer : $"{fact}: {answer}";
        }

        var value = Written(reference, _values.Number(reference));
        return subject.Length == 0 ? value : $"{subject} {value}";
    }

    public override string VisitUnary(UnaryExpr unary) => (unary.Operator, unary.Operand) switch
    {
        // "not f" of a fact asks it to be no: the fact and its answer, with that target.
        (UnaryOperator.Not, IndicatorRef { Type: var t } fact) when t.IsYesNo() =>
            $"{Visit(fact)} ({(Swedish ? "mål" : "target")}: {OperatorReading.YesNo(false, Language)})",
        (UnaryOperator.Not, var operand) => OperatorReading.Not(Visit(operand), Language),
        (_, var operand) => OperatorReading.Negated(Visit(operand), Language),
    };

    public override string VisitBinary(BinaryExpr binary)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            return OperatorReading.Logic(binary.Operator, Visit(binary.Left), Visit(binary.Right), Language);
        }

        if (binary.Operator.IsComparison())
        {
            return binary.Left is NumberLiteral && binary.Right is not NumberLiteral
                ? Compare(binary, binary.Right, binary.Operator.Mirrored(), binary.Left)
                : Compare(binary, binary.Left, binary.Operator, binary.Right);
        }

        if (ShareOfWindows(binary) is { } share)
        {
            return share;
        }

        if (PerCentOf(binary) is { } quotient)
        {
            // a / b * 100 reads as the share it is ("eget kapital 416,2 mnkr av balansomslutning 1 118,5 mnkr, andel
            // 37,2 %"), not as arithmetic on the share ("… gånger 100, blir 37,2 %").
            var whole = _values.Number(binary) is { } p ? ShapeOf(binary).Write(p, Language) : null;
            return OperatorReading.Arithmetic(BinaryOperator.Divide, Visit(quotient.Left), Visit(quotient.Right), whole, Language);
        }

        if (binary.Operator == BinaryOperator.Divide && ShapeOf(binary) is { Unit: { } unit, IsShare: false, IsPoints: false } perSomething && unit != "%")
        {
            // An amount per something (kr per invånare) is no share of a whole: "andel 50 000 kr" would say it is.
            var per = _values.Number(binary) is { } q ? perSomething.Write(q, Language) : null;
            return OperatorReading.Quotient(Visit(binary.Left), Visit(binary.Right), per, Language);
        }

        var left = WithLiteralShape(binary.Operator is BinaryOperator.Add or BinaryOperator.Subtract ? ShapeOf(binary.Right) : NumberShape.Bare, () => Visit(binary.Left));
        var right = WithLiteralShape(binary.Operator is BinaryOperator.Add or BinaryOperator.Subtract ? ShapeOf(binary.Left) : NumberShape.Bare, () => Visit(binary.Right));
        var result = _values.Number(binary) is { } v ? ShapeOf(binary).Write(v, Language) : null;
        return OperatorReading.Arithmetic(binary.Operator, left, right, result, Language);
    }

    public override string VisitCall(CallExpr call)
    {
        var function = FunctionLibrary.Find(call.Function) ?? throw new InvalidOperationException($"'{call.Function}' is not a function of the language.");
        return function.Read(Reading(call, function, bare: false));
    }

    /// <summary>What the report knows of a call, for its function's reading.</summary>
    private CallReading Reading(CallExpr call, CriterionFunction function, bool bare)
    {
        var form = function.Form(call);
        var subject = bare ? string.Empty : Name(call);
        var inputs = form == FunctionForm.OfReferences ? _values.Inputs(call) : [];
        var argumentShape = call.Arguments.Length > 0 ? ShapeOf(call.Arguments[0]) : NumberShape.Bare;
        var value = call.Type.IsYesNo() ? null : _values.Number(call) is { } v ? ShapeOf(call).Write(v, Language) : null;
        return new CallReading
        {
            Language = Language,
            Subject = subject,
            Arguments = form == FunctionForm.OfNumbers ? [.. call.Arguments.Select(Visit)] : [],
            Value = value,
            Inputs = [.. inputs.Select(i => i.Number is { } n ? argumentShape.Write(n, Language) : (string?)null)],
            Year = _year,
            YearRead = form == FunctionForm.TimeShift ? _values.YearRead(call) : inputs.Where(i => i.Year is not null).Select(i => i.Year).FirstOrDefault(),
            Date = inputs.Select(i => i.Date).LastOrDefault(d => d is not null),
            When = call.Arguments.Length > 0 && call.Arguments[0] is CallExpr inner && ReadValues.IsReference(inner) ? When(inner) : string.Empty,
            Covers = _covers,
            Report = _report,
            Holds = call.Type.IsYesNo() ? _values.Flag(call) : null,
            Window = function.Window(call, _year, Validity),
            Validity = Validity,
        };
    }

    private YearSpan Validity => new(_reading.RuleSet.ValidFrom, _reading.RuleSet.ValidTo);

    /// <summary>
    /// A share of two windows over the same years (<c>sum_years(a, 3) / sum_years(b, 3) * 100</c>), read as the years and
    /// the share of what it is a share of: "2021–2023: 3,0 % av skatteintäkter och generella statsbidrag"; null for any
    /// other arithmetic.
    /// </summary>
    private string? ShareOfWindows(BinaryExpr binary)
    {
        if (WindowQuotient(binary) is not var (numerator, denominator)
            || FunctionLibrary.Find(numerator.Function) is not { IsWindow: true } f
            || FunctionLibrary.Find(denominator.Function) is not { IsWindow: true } g
            || f.Window(numerator, _year, Validity) is not { } window
            || g.Window(denominator, _year, Validity) != window
            || denominator.Arguments[0] is not IndicatorRef of)
        {
            return null;
        }

        var years = f.Read(new CallReading { Language = Language, Year = _year, Window = window, Validity = Validity, Covers = _covers, Report = _report });
        var value = Written(binary, _values.Number(binary));
        var whole = ReaderNames.Inside(_reading.RuleSet.FindIndicator(of.Indicator)?.Title ?? of.Indicator);
        return $"{years}: {value} {(Swedish ? "av" : "of")} {whole}";
    }

    /// <summary>The two calls of <c>a / b</c>, <c>a / b * 100</c>, <c>100 * a / b</c> or <c>a * 100 / b</c>, when both are calls.</summary>
    private static (CallExpr Numerator, CallExpr Denominator)? WindowQuotient(BinaryExpr binary) => binary switch
    {
        { Operator: BinaryOperator.Divide, Left: CallExpr a, Right: CallExpr b } => (a, b),
        { Operator: BinaryOperator.Divide, Left: BinaryExpr { Operator: BinaryOperator.Multiply, Left: CallExpr a, Right: NumberLiteral }, Right: CallExpr b } => (a, b),
        { Operator: BinaryOperator.Divide, Left: BinaryExpr { Operator: BinaryOperator.Multiply, Left: NumberLiteral, Right: CallExpr a }, Right: CallExpr b } => (a, b),
        { Operator: BinaryOperator.Multiply, Left: BinaryExpr { Operator: BinaryOperator.Divide } quotient, Right: NumberLiteral } => WindowQuotient(quotient),
        { Operator: BinaryOperator.Multiply, Left: NumberLiteral, Right: BinaryExpr { Operator: BinaryOperator.Divide } quotient } => WindowQuotient(quotient),
        _ => null,
    };

    /// <summary>The quotient of <c>a / b * 100</c> or <c>100 * (a / b)</c>, a per cent of two quantities; null for any other arithmetic.</summary>
    private static BinaryExpr? PerCentOf(BinaryExpr binary) => binary switch
    {
        { Operator: BinaryOperator.Multiply, Left: BinaryExpr { Operator: BinaryOperator.Divide } quotient, Right: NumberLiteral { Value: 100m } } => quotient,
        { Operator: BinaryOperator.Multiply, Left: NumberLiteral { Value: 100m }, Right: BinaryExpr { Operator: BinaryOperator.Divide } quotient } => quotient,
        _ => null,
    };

    private string Compare(BinaryExpr comparison, Expr subject, BinaryOperator op, Expr other)
    {
        var shape = ShapeOf(subject);
        var left = Visit(subject);
        if (other is NumberLiteral literal)
        {
            var target = shape == NumberShape.Bare ? NumberText.Literal(literal.Text) : shape.Write(literal.Value, Language);
            var reading = OperatorReading.Target(op, target, shape.IsWhole(literal.Value), Language);

            // A window's own note ("(planperioden 2023–2025 är inte slut)") takes the target in, so that the value is
            // not followed by two parentheses.
            return subject is CallExpr call && FunctionLibrary.Find(call.Function) is { IsWindow: true } && left.EndsWith(')')
                ? $"{left[..^1]}; {reading})"
                : $"{left} ({reading})";
        }

        if (SameQuantity.Of(subject) == SameQuantity.Of(other))
        {
            return $"{left} {OperatorReading.Against(Language)} {Earlier(other)}, {OperatorReading.DirectionTarget(op, Language)}";
        }

        var right = WithLiteralShape(shape, () => Visit(other));
        return $"{left} ({OperatorReading.Target(op, right, false, Language)})";
    }

    /// <summary>The quantity at another time, without its name (it is the left side's): "1 480 under T2 2019", "9 404 (ingångsvärde 2018)".</summary>
    private string Earlier(Expr other)
    {
        if (other is CallExpr call && FunctionLibrary.Find(call.Function) is { } f && (ReadValues.IsReference(call) || call.Type is ExprType.Number && f.Form(call) == FunctionForm.OfReferences))
        {
            return f.Read(Reading(call, f, bare: true));
        }

        var value = Written(other, _values.Number(other));
        var when = ExprNodes.Walk(other).OfType<CallExpr>().FirstOrDefault(ReadValues.IsReference) is { } shift ? " " + When(shift) : string.Empty;
        return value + when;
    }

    /// <summary>When a time shift reads, without a value or a name: "år 2019", "(ingångsvärde 2018)".</summary>
    private string When(CallExpr shift)
    {
        var function = FunctionLibrary.Find(shift.Function)!;
        var full = Reading(shift, function, bare: true);
        return function.Read(new CallReading
        {
            Language = full.Language,
            Year = full.Year,
            YearRead = full.YearRead,
            Covers = full.Covers,
            Report = full.Report,
            Date = full.Date,
        });
    }

    private string WithLiteralShape(NumberShape shape, Func<string> read)
    {
        var saved = _literalShape;
        _literalShape = shape;
        try
        {
            return read();
        }
        finally
        {
            _literalShape = saved;
        }
    }

    /// <summary>
    /// A quantity whatever the time it is read for: <c>x[K] + x[M]</c> and <c>baseline(x[K]) + baseline(x[M])</c> are one
    /// quantity, as are <c>latest(s)</c> and <c>same_period_last_year(s)</c>; a comparison of the two reads as a change.
    /// </summary>
    private sealed class SameQuantity : ExprVisitor<string>
    {
        private static readonly SameQuantity Instance = new();

        public static string Of(Expr e) => Instance.Visit(e);

        public override string VisitNumber(NumberLiteral number) => number.Text;

        public override string VisitBool(BoolLiteral flag) => flag.Value ? "true" : "false";

        public override string VisitIndicator(IndicatorRef reference) => $"{reference.Indicator}[{reference.Key}]";

        public override string VisitUnary(UnaryExpr unary) => $"{unary.Operator}({Visit(unary.Operand)})";

        public override string VisitBinary(BinaryExpr binary) => $"({Visit(binary.Left)} {binary.Operator} {Visit(binary.Right)})";

        public override string VisitCall(CallExpr call)
        {
            if (ReadValues.IsReference(call))
            {
                return Visit(call.Arguments[0]);
            }

            // A function that picks an observation of a series stands for the series at some date.
            return call.Arguments is [{ Type: ExprType.SeriesRef } series] && call.Type.IsNumber()
                ? "@" + Visit(series)
                : $"{call.Function}({string.Join(",", call.Arguments.Select(Visit))})";
        }
    }
}
