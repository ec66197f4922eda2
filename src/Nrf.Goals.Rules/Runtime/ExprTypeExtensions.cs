using Nrf.Goals.Expressions;

namespace Nrf.Goals.Rules.Runtime;

/// <summary>Type tests used by explanations.</summary>
internal static class ExprTypeExtensions
{
    public static bool IsYesNoType(this ExprType type) => type is ExprType.YesNo or ExprType.YesNoRef;
}
