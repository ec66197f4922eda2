using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Model;
using YamlDotNet.RepresentationModel;

namespace Nrf.Goals.Loading;

/// <summary>
/// Reads a rule file's root: each section with its own reader, in the order one section needs another (dimensions before
/// indicators, indicators and groups before goals, goals before the policy), then the checks across sections.
/// </summary>
internal sealed class RuleSetReader
{
    private readonly NodeReader _r;
    private readonly string _text;

    public RuleSetReader(NodeReader reader, string text)
    {
        _r = reader;
        _text = text;
    }

    public RuleSet? Read(YamlMappingNode root)
    {
        var map = new MappingReader(_r, root, "the rule set");
        var id = RuleIds.Id(_r, map.Required("id"), "the rule set's id");
        var title = map.Required("title") is { } t ? _r.Text(t, "title") : null;
        var entity = map.Optional("entity") is { } e ? _r.Text(e, "entity") : null;
        var source = map.Optional("source") is { } s ? _r.Text(s, "source") : null;
        var header = new RuleSetHeaderReader(_r);
        var noun = map.Optional("entityNoun") is { } n ? header.ReadEntityNoun(n) : null;
        var (validFrom, validTo) = header.ReadValidity(map.Required("validity"));
        var dimensions = new DimensionReader(_r).Read(map.Optional("dimensions"));
        var indicators = new IndicatorReader(_r).Read(map.Required("indicators"), dimensions);
        var scope = new IndicatorScope(indicators);
        var groupReader = new GroupReader(_r);
        var groups = groupReader.Read(map.Optional("groups"));
        var errorsBeforeGoals = ErrorCount();
        var goalsNode = map.Required("goals");
        var templates = new ExplanationTemplateReader(_r);
        var goalReader = new GoalReader(_r, new CriterionReader(_r, validFrom, validTo, templates), templates, groupReader);
        var goals = goalReader.Read(goalsNode, new ExpressionSite(_r, _text, scope), indicators, groups);

        // Some goal failed to load, so counting goals against the policy would report a false "can never be met".
        var goalsIncomplete = goalsNode is null || ErrorCount() > errorsBeforeGoals;
        var checks = new RuleSetCrossChecks(_r);
        checks.CheckTermsInAll(goals);
        checks.CheckCasesInAll(goals);
        checks.CheckTertialBaselines(goals, indicators);
        var policy = new PolicyReader(_r).Read(map.Required("policy"), goals, indicators, goalsIncomplete);
        map.RejectUnknownKeys(RuleSetLoader.RootKeys);
        if (!_r.Bag.HasErrors)
        {
            // With errors, goals that failed to load would make their indicators look unused.
            checks.WarnUnusedIndicators(indicators, goals, policy);
            checks.WarnUngroupedGoals(groups, goals);
        }

        if (id is null || title is null || policy is null)
        {
            return null;
        }

        return new RuleSet
        {
            Id = id,
            Title = title,
            Entity = entity,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Source = source,
            Policy = policy,
            Dimensions = dimensions,
            Indicators = indicators,
            Goals = goals,
            Location = _r.At(root),
            Groups = groups,
            EntityNoun = noun,
        };
    }

    private int ErrorCount() => _r.Bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
}
