using Microsoft.Extensions.Logging;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;

namespace Nrf.Goals.Tests.Rules.Diagnostics;

public sealed class SessionLoggingTests
{
    [Fact]
    public void Evaluate_TraceLogger_LogsCompileRulesFiredWithTheValuesReadAndFactsInserted()
    {
        var logger = new ListLogger(LogLevel.Trace);
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var nrf = new NRulesCompiler(new ListLoggerFactory(logger)).Compile(ruleSet);

        nrf.Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet));

        logger.Entries.Should().Contain(e => e.Level == LogLevel.Debug && e.Message.StartsWith("Compiled rule set nrf-2023-2025: 13 goals into 16 NRules rules in ", StringComparison.Ordinal));
        logger.Entries.Should().Contain((LogLevel.Trace, "nrf-2023-2025: rule mal-13 fired on e=nrf 2023, equity_sek={2023: 3420000}, status=Met"));
        logger.Entries.Should().Contain((LogLevel.Trace, "nrf-2023-2025: fact inserted: nrf 2023"));
    }

    [Fact]
    public void Evaluate_InformationLogger_LogsNoSessionEvents()
    {
        var logger = new ListLogger(LogLevel.Information);
        var ruleSet = RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml"));
        var nrf = new NRulesCompiler(new ListLoggerFactory(logger)).Compile(ruleSet);

        nrf.Evaluate(ValuesLoader.Load(RepositoryPaths.Examples("nrf-2023-annual.yaml"), ruleSet));

        logger.Entries.Should().BeEmpty();
    }

    private sealed class ListLoggerFactory(ILogger logger) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public ILogger CreateLogger(string categoryName) => categoryName == "Nrf.Goals.Rules" ? logger : throw new ArgumentException(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(LogLevel minimum) : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Entries)
                {
                    Entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
