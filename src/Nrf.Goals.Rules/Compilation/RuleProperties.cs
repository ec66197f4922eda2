namespace Nrf.Goals.Rules.Compilation;

/// <summary>The names of the properties and tags our NRules rules carry, for applications that inspect or filter them.</summary>
public static class RuleProperties
{
    /// <summary>Property: the id of the rule set the rule was compiled from.</summary>
    public const string RuleSet = "nrf:ruleSet";

    /// <summary>Property: the goal id of a goal rule.</summary>
    public const string Goal = "nrf:goal";

    /// <summary>Property: the goal's category (<c>operational</c> or <c>financial</c>).</summary>
    public const string Category = "nrf:category";

    /// <summary>Property: the id of the group the goal is declared under, when the rule set has groups.</summary>
    public const string Group = "nrf:group";

    /// <summary>Property: the report periods the goal is followed up in (e.g. <c>DÅ 08, ÅR</c>), when the rule file limits them.</summary>
    public const string FollowedUpIn = "nrf:followedUpIn";

    /// <summary>Property: the year a scheduled target applies to.</summary>
    public const string Year = "nrf:year";

    /// <summary>Property: the report period a scheduled target applies to.</summary>
    public const string Period = "nrf:period";

    /// <summary>Tag of the rules that judge one goal.</summary>
    public const string GoalTag = "goal";

    /// <summary>Tag of the aggregate rules: category counts, the verdict and group roll-ups.</summary>
    public const string VerdictTag = "verdict";

    /// <summary>Tag of the group roll-up rules.</summary>
    public const string GroupTag = "group";
}
