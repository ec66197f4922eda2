using NRules;
using NRules.Fluent;
using Nrf.Goals.Values;

namespace Nrf.Goals.Benchmarks.FluentPeer;

/// <summary>
/// The peer: NRF's 13 goals and the verdict hand-written with the NRules Fluent DSL, the way a team using NRules directly
/// would (rules in <see cref="Mal1"/>…<see cref="Mal13"/>, <see cref="OperationalGoalsRule"/>,
/// <see cref="FinancialGoalsRule"/> and <see cref="VerdictRule"/>). The rules are loaded and compiled once into an
/// <see cref="ISessionFactory"/>; each evaluation creates a session, inserts the report's figures and a result sink,
/// fires, and reads the sink. Like the lambdas it answers goal statuses and the verdict, with no explanations; unlike them
/// it is three-valued (a missing figure makes its goal not evaluable, and the verdict may be undetermined).
/// </summary>
public sealed class NrfFluentPeer
{
    private readonly ISessionFactory _factory;

    /// <summary>Loads the rules of this namespace and compiles them.</summary>
    public NrfFluentPeer()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NrfFluentPeer).Assembly).Where(rule => rule.RuleType.Namespace == typeof(NrfFluentPeer).Namespace));
        RuleCount = repository.GetRuleSets().Sum(set => set.Rules.Count());
        _factory = repository.Compile();
    }

    /// <summary>The number of rules compiled: 13 goals, 2 categories and the verdict.</summary>
    public int RuleCount { get; }

    /// <summary>Judges the goals and the verdict of <paramref name="values"/>.</summary>
    public PeerResult Evaluate(ValuesDocument values)
    {
        var session = _factory.CreateSession();
        var result = new PeerResult();
        session.Insert(result);
        session.Insert(NrfFigures.From(values));
        session.Fire();
        return result;
    }
}
