namespace Nrf.Goals.Model;

/// <summary>What a <see cref="VerdictPolicy"/> requires of one category of goals.</summary>
public abstract record CategoryRequirement
{
    private protected CategoryRequirement()
    {
    }

    /// <summary>How many goals of <paramref name="total"/> must be met; null when the category is report-only.</summary>
    public abstract int? RequiredOf(int total);

    /// <summary>The requirement as written in rule files, e.g. <c>atLeast 7</c>.</summary>
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

/// <summary>At least <paramref name="Count"/> goals must be met ("minst sju av tio verksamhetsmål").</summary>
/// <param name="Count">The minimum number of met goals.</param>
public sealed record AtLeastRequired(int Count) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => Count;

    /// <inheritdoc />
    public override string Describe() => $"atLeast {Count}";
}

/// <summary>At least a share of the goals must be met, rounded up (70 % of 10 goals = 7).</summary>
/// <param name="Share">The share, between 0 and 1.</param>
public sealed record ShareRequired(decimal Share) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => (int)Math.Ceiling(Share * total);

    /// <inheritdoc />
    public override string Describe() =>
        $"share {(Share * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} %";
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
public sealed record JudgementRequired(string Indicator) : CategoryRequirement
{
    /// <inheritdoc />
    public override int? RequiredOf(int total) => null;

    /// <inheritdoc />
    public override string Describe() => $"judgement {Indicator}";
}
