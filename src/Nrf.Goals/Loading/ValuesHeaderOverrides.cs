using Nrf.Goals.Diagnostics;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Loading;

/// <summary>
/// Header facts given from outside a values file (the CLI's <c>--entity --year --report --period --as-of</c>). They replace
/// what a YAML or JSON document says and supply what CSV and Excel files cannot say; null leaves a fact as it is.
/// </summary>
public sealed record ValuesHeaderOverrides
{
    /// <summary>Whose values, e.g. <c>nrf</c>; for CSV and Excel the default is the rule set's entity.</summary>
    public string? Entity { get; init; }

    /// <summary>The year assessed; for CSV and Excel the default is the latest year in the file.</summary>
    public int? Year { get; init; }

    /// <summary>Annual report (årsredovisning) or interim report (delårsrapport); for CSV and Excel the default is interim when <see cref="Period"/> is DÅ 04 or DÅ 08 or <see cref="AsOf"/> is before 31 December, else annual.</summary>
    public ReportKind? Report { get; init; }

    /// <summary>The report period (DÅ 04, DÅ 08, ÅR).</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>The cut-off date of an interim report.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Where the overrides were given, e.g. the command-line argument <c>--values da08.csv@DÅ08,2023-08-31</c> as a
    /// location at its line 1, column 1: a problem with a fact they give (a period that disagrees with the cut-off date, a
    /// year outside the rule set's validity) is blamed there. Null blames the place where the source writes that fact.
    /// </summary>
    public SourceLocation? At { get; init; }

    /// <summary>True when no fact is overridden.</summary>
    public bool IsEmpty => Entity is null && Year is null && Report is null && Period is null && AsOf is null;
}
