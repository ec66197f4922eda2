using Microsoft.Extensions.Logging;

namespace Nrf.Goals.DependencyInjection;

/// <summary>What loading, compiling and reloading the configured rule sets writes to the log (category <c>Nrf.Goals</c>).</summary>
internal static partial class NrfGoalsLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Loaded and compiled {Count} rule set(s) {RuleSets} in {Milliseconds} ms")]
    public static partial void Compiled(ILogger logger, int count, string ruleSets, long milliseconds);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Rule set {RuleSet}: {Diagnostic}")]
    public static partial void RuleSetWarning(ILogger logger, string ruleSet, string diagnostic);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Rule file {File} changed; reloaded {RuleSets}")]
    public static partial void Reloaded(ILogger logger, string file, string ruleSets);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Rule file {File} changed but cannot be used; keeping the last good rule sets:\n{Diagnostics}")]
    public static partial void ReloadRefused(ILogger logger, string file, string diagnostics, Exception? exception);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Watching {Count} rule file(s) for changes: {Files}")]
    public static partial void Watching(ILogger logger, int count, string files);
}
