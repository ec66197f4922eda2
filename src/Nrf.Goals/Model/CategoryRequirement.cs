using System.Globalization;

namespace Nrf.Goals.Model;

/// <summary>What a <see cref="VerdictPolicy"/> requires of one category of goals.</summary>
public abstract record CategoryRequirement
{
    private protected CategoryRequirement()
    {
    }

    /// <summary>How many goals of <paramref name="total"/> must be met; null when the category is report-only.</summary>
    public abstract int? RequiredOf(int total);

    /// <summary>
    /// How many met goals of <paramref name="total"/> make the category partly met (a count's <c>partlyFrom</c>); null when
    /// the requirement states no partly bound.
    /// </summary>
    public virtual int? PartlyFromOf(int total) => null;

    /// <summary>
    /// True when the category can be partly met under this requirement: a count with a partly bound, or a judgement whose
    /// partly-met assessment makes the category partly met. Otherwise a category is met, not met or undetermined.
    /// </summary>
    public virtual bool CanBePartlyMet => false;

    /// <summary>The requirement as written in rule files, e.g. <c>atLeast 7</c>, <c>atLeast 7, partlyFrom 5</c>.</summary>
    public abstract string Describe();
}

/// <summary>Every goal of the category must be met ("samtliga ekonomiska mål").</summary>
public sealed record AllRequired : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => total;

    /// <inheritdoc />
    public override string Describe() => "all";
}

/// <summary>
/// At least <paramref name="Count"/> goals must be met ("minst sju av tio verksamhetsmål"); with
/// <paramref name="PartlyFrom"/>, at least that many make the category partly met ("delvis uppfyllt från fem").
/// </summary>
/// <param name="Count">The minimum number of met goals.</param>
/// <param name="PartlyFrom">The minimum number of met goals for partly met, below <paramref name="Count"/>; null when the policy states none.</param>
public sealed record AtLeastRequired(int Count, int? PartlyFrom = null) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => Count;

    /// <inheritdoc />
    public override int? PartlyFromOf(int total) => PartlyFrom;

    /// <inheritdoc />
    public override bool CanBePartlyMet => PartlyFrom is not null;

    /// <inheritdoc />
    public override string Describe() => PartlyFrom is { } p ? $"atLeast {Count}, partlyFrom {p}" : $"atLeast {Count}";
}

/// <summary>
/// At least a share of the goals must be met, rounded up (70 % of 10 goals = 7); with <paramref name="PartlyFrom"/>, at
/// least that share, rounded up, makes the category partly met.
/// </summary>
/// <param name="Share">The share, between 0 and 1.</param>
/// <param name="PartlyFrom">The share for partly met, above 0 and below <paramref name="Share"/>; null when the policy states none.</param>
public sealed record ShareRequired(decimal Share, decimal? PartlyFrom = null) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => (int)Math.Ceiling(Share * total);

    /// <inheritdoc />
    public override int? PartlyFromOf(int total) => PartlyFrom is { } p ? (int)Math.Ceiling(p * total) : null;

    /// <inheritdoc />
    public override bool CanBePartlyMet => PartlyFrom is not null;

    /// <inheritdoc />
    public override string Describe() =>
        PartlyFrom is { } p ? $"share {Percent(Share)} %, partlyFrom {Percent(p)} %" : $"share {Percent(Share)} %";

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The category is reported but does not decide the verdict.</summary>
public sealed record ReportOnly : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => null;

    /// <inheritdoc />
    public override string Describe() => "report-only";
}

/// <summary>
/// The category is met when an overall assessment recorded in the values says so — a judgement, not a count, as Region
/// Norrbotten's plan has it: "god måluppfyllelse" is judged from the styrmått, kontrollmått and activities together.
/// The goals' counts are shown beside it as its support; without the assessment the category is undetermined.
/// </summary>
/// <param name="Indicator">The assessment indicator (<c>type: assessment</c>) that carries the judgement, status and motivation.</param>
/// <param name="Partly">
/// True when an assessment recorded as partly met makes the category partly met ("verksamheten är delvis förenlig med
/// fullmäktiges mål"); false when only "met" fulfils it and partly met is not met (Region Norrbotten: "delvis uppfyllt"
/// is not good goal fulfilment).
/// </param>
public sealed record JudgementRequired(string Indicator, bool Partly = false) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => null;

    /// <inheritdoc />
    public override bool CanBePartlyMet => Partly;

    /// <inheritdoc />
    public override string Describe() => Partly ? $"judgement {Indicator}, partly" : $"judgement {Indicator}";
}
