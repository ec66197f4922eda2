using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;

namespace Nrf.Goals.Loading;

/// <summary>
/// The shape of a <see cref="ValueStatement"/>: what makes one well formed (a key with a keyed value and only then, a date
/// with an observation and only then), and the words for a statement whose kind its indicator does not expect.
/// </summary>
internal static class StatementShape
{
    /// <summary>Throws for a statement of none of <paramref name="kinds"/>, or whose key or date does not match its kind: that is a reader's mistake, not the data's.</summary>
    public static void ThrowIfMalformed(ValueStatement statement, ValueKind[] kinds)
    {
        if (!kinds.Contains(statement.Kind))
        {
            throw new ArgumentException($"This method takes a statement of kind {string.Join(" or ", kinds)}, not {statement.Kind}.", nameof(statement));
        }

        if ((statement.Kind == ValueKind.Keyed) != (statement.Key is not null))
        {
            throw new ArgumentException("A statement of kind Keyed gives a key, and no other kind does.", nameof(statement));
        }

        if ((statement.Kind == ValueKind.Observation) != (statement.Date is not null))
        {
            throw new ArgumentException("A statement of kind Observation gives a date, and no other kind does.", nameof(statement));
        }
    }

    /// <summary>The error for a statement of another kind than its indicator's declaration expects.</summary>
    public static string Misfit(ValueStatement statement, Indicator indicator, RuleSet ruleSet) =>
        $"{statement.Describe()} states {Stating(statement.Kind)}, but the rule set '{ruleSet.Id}' declares '{indicator.Id}' {Declared(indicator)}";

    private static string Stating(ValueKind kind) => kind switch
    {
        ValueKind.Number => "a number for a year",
        ValueKind.Keyed => "a number for a breakdown key",
        ValueKind.YesNo => "yes or no",
        ValueKind.Observation => "a dated observation",
        ValueKind.Assessment => "a manual assessment",
        _ => "an activity's state",
    };

    private static string Declared(Indicator indicator) => ValuesDocumentBuilder.KindOf(indicator) switch
    {
        ValueKind.Number => "a number per year",
        ValueKind.Keyed => $"broken down by {indicator.Dimension!.Name} ({MessageList.Join(indicator.Dimension.Keys)})",
        ValueKind.YesNo => "yes/no",
        ValueKind.Observation => "a dated series",
        ValueKind.Assessment => "a manual assessment (type: assessment)",
        _ => "an activity (type: activity)",
    };
}
