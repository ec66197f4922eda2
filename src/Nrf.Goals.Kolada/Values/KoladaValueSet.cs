using System.Collections.Immutable;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Model;
using Nrf.Goals.Values;

namespace Nrf.Goals.Kolada;

/// <summary>
/// The values of a list of indicators for one kommun or region and a span of years, fetched from Kolada, each with its
/// provenance (KPI, year, fetch date, Kolada's status flag). <see cref="WriteYaml"/> writes them as a values document.
/// </summary>
/// <param name="Municipality">The kommun or region.</param>
/// <param name="Years">The years asked for, ascending.</param>
/// <param name="Indicators">The indicators asked for, in the order given.</param>
/// <param name="Kpis">The metadata of the KPIs used.</param>
/// <param name="Values">A value per indicator, year and key (K, M, T by sex; T otherwise), missing ones included.</param>
/// <param name="Source">The API's address the values came from.</param>
public sealed record KoladaValueSet(
    KoladaMunicipality Municipality, ImmutableArray<int> Years, ImmutableArray<KoladaIndicator> Indicators,
    ImmutableArray<KoladaKpi> Kpis, ImmutableArray<KoladaValue> Values, Uri Source)
{
    /// <summary>
    /// The values as a YAML values document (entity, year, <c>report: annual</c> — Kolada's figures are the year's
    /// outcomes), with the provenance of each value in a comment beside it. A value Kolada lacks is written
    /// <c>{missing: saknas i Kolada}</c>, so a goal that needs it is not evaluable rather than judged on a zero; so is a
    /// value Kolada flags (<c>{missing: osäkert i Kolada (status '…')}</c>) unless <paramref name="useUncertain"/>.
    /// </summary>
    /// <param name="entity">The document's entity, as the rule set names it.</param>
    /// <param name="year">The year assessed, one of <see cref="Years"/>.</param>
    /// <param name="useUncertain">Write the numbers Kolada flags (<see cref="KoladaValueState.Uncertain"/>), their flag in the comment, instead of stating them missing.</param>
    /// <exception cref="ArgumentException">The entity is empty or the year is not one of <see cref="Years"/>.</exception>
    public string ToYaml(string entity, int year, bool useUncertain = false) => ValuesYamlWriter.Write(this, entity, year, useUncertain);

    /// <summary>Writes <see cref="ToYaml"/> to <paramref name="path"/> whole or not at all (a temporary file, then one rename), creating its folder.</summary>
    /// <exception cref="ArgumentException">The entity is empty or the year is not one of <see cref="Years"/>.</exception>
    /// <exception cref="IOException">The file cannot be written; an earlier file at the path is left as it was.</exception>
    public void WriteYaml(string path, string entity, int year, bool useUncertain = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(ToYaml(entity, year, useUncertain)));
    }

    /// <summary>
    /// The values as a checked values document for <paramref name="ruleSet"/>, built without text through the core's
    /// <see cref="ValuesDocumentBuilder"/>: what <see cref="ToYaml"/> says, for a program that evaluates at once (many
    /// municipalities) — each value a number, or missing with its reason as in the YAML.
    /// </summary>
    /// <param name="ruleSet">The rule set whose indicators these are.</param>
    /// <param name="entity">The document's entity, as the rule set names it.</param>
    /// <param name="year">The year assessed, one of <see cref="Years"/>.</param>
    /// <param name="useUncertain">Use the numbers Kolada flags instead of stating them missing.</param>
    /// <exception cref="ArgumentException">The entity is empty or the year is not one of <see cref="Years"/>.</exception>
    /// <exception cref="NrfGoalsException">The values do not fit the rule set (an entity or year it refuses, a negative count …).</exception>
    public ValuesDocument ToDocument(RuleSet ruleSet, string entity, int year, bool useUncertain = false)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        if (!Years.Contains(year))
        {
            throw new ArgumentException($"the year {year} is not one of the years fetched", nameof(year));
        }

        var header = new SourceLocation($"kolada:{Municipality.Id}", 1, 1);
        var builder = new ValuesDocumentBuilder(ruleSet);
        builder.SetHeader(new ValuesHeaderFacts(entity, header, year, header, ReportKind.Annual, null, header, null, header));
        var bySex = Indicators.ToDictionary(i => i.IndicatorId, i => i.BySex, StringComparer.Ordinal);
        foreach (var value in Values)
        {
            var at = new SourceLocation($"kolada:{value.KpiId}", 1, 1);
            var statement = bySex[value.IndicatorId]
                ? new ValueStatement(value.IndicatorId, ValueKind.Keyed, at) { Year = value.Year, Key = value.Key }
                : new ValueStatement(value.IndicatorId, ValueKind.Number, at) { Year = value.Year };
            if (value.ReasonWhen(useUncertain) is { } reason)
            {
                builder.AddMissing(statement, reason);
            }
            else
            {
                builder.AddNumber(statement, value.Value!.Value);
            }
        }

        return builder.Build();
    }
}
