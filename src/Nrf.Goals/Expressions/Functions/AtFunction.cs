using Nrf.Goals.Values;

namespace Nrf.Goals.Expressions.Functions;

/// <summary><c>at(x, 2018)</c>: x in a given year.</summary>
internal sealed class AtFunction : TimeShiftFunction
{
    public override string Name => "at";

    public override string Signature => "at(x, year)";

    public override string Description => "x in a given year, e.g. at(x, 2018)";

    internal override ExprType Bind(CallBinding call)
    {
        if (!call.Arity(2) || !call.RequireIndicator(0))
        {
            return ExprType.Unknown;
        }

        if (call[1] is not NumberLiteral { Value: var year } || year != decimal.Truncate(year) || year is < 1900 or > 2200)
        {
            call.Error(call[1], "the second argument of 'at' must be a year, e.g. at(x, 2018)");
            return ExprType.Unknown;
        }

        return call[0].Type;
    }

    public override string Read(CallReading call) =>
        $"{call.Lead}{(call.Value is { } v ? v + " " : string.Empty)}{call.In(call.YearRead ?? call.Year)}";

    public override int AtYear(CallExpr call) => (int)((NumberLiteral)call.Arguments[1]).Value;

    public override int? YearOf(int year, IndicatorData data, Reference reference, string? key) => reference.AtYear;
}
