namespace Nrf.Goals.Rules.Compilation;

/// <summary>What an engine rule of the workflow computes.</summary>
internal enum RuleKind
{
    /// <summary>A criterion part: true when met.</summary>
    Condition,

    /// <summary>A value to show (monitor-only goals, explanation placeholders).</summary>
    Display,

    /// <summary>A manual assessment read from the values.</summary>
    Manual,
}

/// <summary>One engine rule and where it belongs.</summary>
internal sealed record CompiledRule(int Index, RuleKind Kind, Model.CriterionPart? Part, string? ManualIndicator, int RootNode, string EngineExpression);
