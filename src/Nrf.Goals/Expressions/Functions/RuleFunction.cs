using Nrf.Goals.Evaluation;
using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary>
/// One documented function of the rule language, whole: its name and signature for README and errors, the check of its
/// arguments and its type, and what it means when evaluated. Adding a function is adding one subclass and listing it
/// in <see cref="FunctionLibrary"/>; the plan, the engine and the explanations treat every function by its
/// <see cref="FunctionForm"/>.
/// </summary>
internal abstract class RuleFunction
{
    /// <summary>The name written in rule files.</summary>
    public abstract string Name { get; }

    /// <summary>How it is called, e.g. <c>at(x, year)</c>.</summary>
    public abstract string Signature { get; }

    /// <summary>What it returns, in one line.</summary>
    public abstract string Description { get; }

    /// <summary>Checks the bound arguments of a call; returns the call's type, or <see cref="ExprType.Unknown"/> after reporting why.</summary>
    public abstract ExprType Bind(CallBinding call);

    /// <summary>How a call is evaluated (it may depend on the arguments: <c>min(series)</c> against <c>min(a, b)</c>).</summary>
    public abstract FunctionForm Form(CallExpr call);

    /// <summary>For a <see cref="FunctionForm.TimeShift"/>: the year the reference reads in a report for <paramref name="year"/>, or null when there is none.</summary>
    public virtual int? YearOf(int year, IndicatorData data, RefSpec spec, string? key) =>
        throw new NotSupportedException($"{Name} is not a time shift.");

    /// <summary>For a <see cref="FunctionForm.TimeShift"/>: the argument that names the year, if any (<c>at(x, 2018)</c>).</summary>
    public virtual int AtYear(CallExpr call) => 0;

    /// <summary>For a <see cref="FunctionForm.OfReferences"/>: what the call computes from the reported values.</summary>
    public virtual (decimal? Number, bool? Flag) Apply(ReferenceCall call) =>
        throw new NotSupportedException($"{Name} is not a function of references.");

    /// <summary>For a <see cref="FunctionForm.OfNumbers"/>: the value of one operand (unary) or of two folded (min, max).</summary>
    public virtual decimal? Apply(decimal? a, decimal? b) =>
        throw new NotSupportedException($"{Name} is not a function of numbers.");

    /// <summary>Whether explanations list the values read (<c>increased(x): 45 900 (2023) mot 41 200 (2022)</c>) rather than the result.</summary>
    public virtual bool ListsInputs => false;
}
