using Microsoft.Extensions.Logging;
using NRules;
using NRules.Diagnostics;

namespace Nrf.Goals.Rules.Diagnostics;

/// <summary>
/// Writes the NRules session events of one compiled rule set to an <see cref="ILogger"/>: rules fired and facts inserted
/// at Trace, failed expressions at Error. Subscribes only to the events whose level is enabled when the rule set is
/// compiled, so a production logger costs the sessions nothing.
/// </summary>
internal sealed partial class SessionLogging
{
    private readonly ILogger _logger;
    private readonly string _ruleSet;

    public SessionLogging(ILogger logger, string ruleSet)
    {
        _logger = logger;
        _ruleSet = ruleSet;
    }

    public void Attach(ISessionFactory factory)
    {
        var events = factory.Events;
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            events.RuleFiredEvent += (_, e) => RuleFired(_logger, _ruleSet, e.Rule.Name, string.Join(", ", Runtime.EvaluationTrace.FactsOf(e).Select(f => $"{f.Key}={f.Value}")));
            events.FactInsertedEvent += (_, e) => FactInserted(_logger, _ruleSet, Runtime.EvaluationTrace.Describe(e.Fact.Value));
            events.FactUpdatedEvent += (_, e) => FactUpdated(_logger, _ruleSet, Runtime.EvaluationTrace.Describe(e.Fact.Value));
        }

        if (_logger.IsEnabled(LogLevel.Error))
        {
            events.LhsExpressionFailedEvent += (_, e) => ExpressionFailed(_logger, _ruleSet, string.Join(", ", e.Rules.Select(r => r.Name)), e.Expression.ToString(), e.Exception);
            events.RhsExpressionFailedEvent += (_, e) => ExpressionFailed(_logger, _ruleSet, e.Match.Rule.Name, e.Expression.ToString(), e.Exception);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Compiled rule set {RuleSet}: {Goals} goals into {Rules} NRules rules in {Milliseconds} ms")]
    public static partial void Compiled(ILogger logger, string ruleSet, int goals, int rules, long milliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Trace, Message = "{RuleSet}: rule {Rule} fired on {Facts}")]
    private static partial void RuleFired(ILogger logger, string ruleSet, string rule, string facts);

    [LoggerMessage(EventId = 3, Level = LogLevel.Trace, Message = "{RuleSet}: fact inserted: {Fact}")]
    private static partial void FactInserted(ILogger logger, string ruleSet, string fact);

    [LoggerMessage(EventId = 5, Level = LogLevel.Trace, Message = "{RuleSet}: fact updated: {Fact}")]
    private static partial void FactUpdated(ILogger logger, string ruleSet, string fact);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{RuleSet}: expression of rule {Rule} failed: {Expression}")]
    private static partial void ExpressionFailed(ILogger logger, string ruleSet, string rule, string expression, Exception? exception);
}
