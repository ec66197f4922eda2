using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// One documented function of the criterion language, whole: its name and signature for README and errors, the check of
/// its arguments and its type, and what it means when evaluated. Adding a function is adding one subclass and listing it
/// in <see cref="FunctionLibrary"/>; the plan, the engine and the explanations treat every function by its
/// <see cref="FunctionForm"/>. Only this library defines functions: the rule language may call nothing else.
/// </summary>
/// <remarks>
/// What a function means is stated over the values alone (<see cref="IndicatorData"/>, the assessed year, the cut-off
/// date), so that an engine evaluates it by calling it — <see cref="Apply(decimal?, decimal?)"/>,
/// <see cref="Apply(IReferenceReader)"/> or <see cref="YearOf"/> by its form — and never restates it.
/// </remarks>
public abstract class CriterionFunction
{
    private protected CriterionFunction()
    {
    }

    /// <summary>The name written in rule files.</summary>
    public abstract string Name { get; }

    /// <summary>How it is called, e.g. <c>at(x, year)</c>.</summary>
    public abstract string Signature { get; }

    /// <summary>What it returns, in one line.</summary>
    public abstract string Description { get; }

    /// <summary>Whether explanations list the values read (<c>increased(x): 45 900 (2023) mot 41 200 (2022)</c>) rather than the result.</summary>
    public virtual bool ListsInputs => false;

    /// <summary>
    /// Whether the call's number is a difference of two values of its argument (<c>gap(x)</c>: K − M), so that a
    /// per-cent indicator's difference is written in percentage points.
    /// </summary>
    public virtual bool IsDifference => false;

    /// <summary>
    /// Whether the function reads a window of years (<c>sum_years(x, 3)</c>, <c>mean_period(x)</c>): explanations list
    /// each year's value with its year, and reports read the call as its years (see <see cref="Window"/>).
    /// </summary>
    public virtual bool IsWindow => false;

    /// <summary>For a <see cref="FunctionForm.TimeShift"/>: whether the reference reads the rule file's baseline instead of a year of the report.</summary>
    public virtual bool ReadsBaseline => false;

    /// <summary>How a call is evaluated (it may depend on the arguments: <c>min(series)</c> against <c>min(a, b)</c>).</summary>
    public abstract FunctionForm Form(CallExpr call);

    /// <summary>For a <see cref="FunctionForm.TimeShift"/>: the year the reference reads in a report for <paramref name="year"/>, or null when there is none.</summary>
    /// <param name="year">The assessed year.</param>
    /// <param name="data">What the report gives for the reference's indicator.</param>
    /// <param name="reference">The reference, shifted by this function.</param>
    /// <param name="key">The breakdown key read (a gap reads K and M of one shifted year).</param>
    public virtual int? YearOf(int year, IndicatorData data, Reference reference, string? key) =>
        throw new NotSupportedException($"{Name} is not a time shift.");

    /// <summary>
    /// For a window (<see cref="IsWindow"/>): the years <paramref name="call"/> reads in a report for <paramref name="year"/> —
    /// <c>sum_years(x, 3)</c> in 2023 reads 2021–2023, <c>sum_period(x)</c> the rule set's <paramref name="validity"/>
    /// up to 2023 — or null when it reads none (an assessed year before the plan period). Null for every other function.
    /// </summary>
    /// <param name="call">The checked call.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="validity">The rule set's validity, its plan period.</param>
    public virtual YearSpan? Window(CallExpr call, int year, YearSpan validity) => null;

    /// <summary>
    /// For a window (<see cref="IsWindow"/>): what an explanation shows between the call and its value, from the values the
    /// call read — <c>31 (2021) + 36,7 (2022) + 6,1 (2023)</c> for a sum, <c>(…) / 3</c> for a mean,
    /// <c>(90 × 40 (2021) + …) / (40 + …)</c> for a weighted mean: what a controller checks by hand.
    /// </summary>
    /// <param name="call">The checked call.</param>
    /// <param name="read">The values the call read, in the order read.</param>
    /// <param name="term">Writes one value with its year, as the explanation writes numbers: <c>6,1 (2023, prognos)</c>.</param>
    /// <param name="number">Writes one value alone: <c>6,1</c>.</param>
    public virtual string Terms(CallExpr call, IReadOnlyList<ValueUsed> read, Func<ValueUsed, string> term, Func<ValueUsed, string> number) =>
        throw new NotSupportedException($"{Name} is not a window over years.");

    /// <summary>For a <see cref="FunctionForm.TimeShift"/>: the year a call names, if any (<c>at(x, 2018)</c>); 0 otherwise.</summary>
    public virtual int AtYear(CallExpr call) => 0;

    /// <summary>For a <see cref="FunctionForm.OfReferences"/>: what the call computes from the reported values, read through <paramref name="reader"/>.</summary>
    /// <returns>The number or the yes/no the call gives; both null when it has none (the reader was told why).</returns>
    public virtual (decimal? Number, bool? Flag) Apply(IReferenceReader reader) =>
        throw new NotSupportedException($"{Name} is not a function of references.");

    /// <summary>For a <see cref="FunctionForm.OfNumbers"/>: the value of one operand (unary) or of two folded (min, max).</summary>
    public virtual decimal? Apply(decimal? a, decimal? b) =>
        throw new NotSupportedException($"{Name} is not a function of numbers.");

    /// <summary>
    /// How a call reads in a report (md, html, docx), in <see cref="CallReading.Language"/>, from what evaluation computed
    /// for it — the one place, beside what it means, that says what it means in words. By form:
    /// <list type="bullet">
    /// <item>a time shift: the value and when (or from where) it was read — <c>1 480 under T2 2019</c>,
    /// <c>382 786 h (ingångsvärde 2018)</c>;</item>
    /// <item>a number computed from references or numbers: the value and what it is —
    /// <c>skillnaden mellan kvinnor 76 % och män 90 %: 14 procentenheter</c>, <c>54 900 kr den 30 juni 2020</c>;</item>
    /// <item>a yes/no: the clause with its target — <c>17 mot 12 år 2019, mål: öka</c>.</item>
    /// </list>
    /// Without a value (a missing one) the reading says what is read and when, e.g. <c>år 2019</c>. Never the function's
    /// name: a reader of the delårsrapport does not know the criterion language.
    /// </summary>
    public abstract string Read(CallReading call);

    /// <summary>Checks the bound arguments of a call; returns the call's type, or <see cref="ExprType.Unknown"/> after reporting why.</summary>
    internal abstract ExprType Bind(CallBinding call);
}
