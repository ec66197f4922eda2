using System.Diagnostics;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;

namespace Nrf.Goals.Benchmarks;

/// <summary>
/// <c>-- --compile-file RULES VALUES [--interpreted | --compiled]</c> (tiered otherwise): one cold run of each step from a rule file to its first
/// evaluation, timed apart — load, plan and NRules' compile of the report shape (together), first and second evaluation,
/// and the goal-input shape's compile on first use — to find where a large rule set's time goes.
/// </summary>
internal static class CompileSteps
{
    public static int Run(string rules, string values, ExpressionCompilation expressions)
    {
        var watch = Stopwatch.StartNew();
        var ruleSet = RuleSetLoader.Load(rules);
        var load = watch.Elapsed;
        var document = ValuesLoader.Load(values, ruleSet);
        watch.Restart();
        var compiled = new NRulesCompiler(null, expressions).CompileToNRules(ruleSet);
        var compile = watch.Elapsed;
        watch.Restart();
        var first = compiled.Evaluate(document);
        var firstEvaluation = watch.Elapsed;
        watch.Restart();
        compiled.Evaluate(document);
        var second = watch.Elapsed;
        watch.Restart();
        _ = compiled.SessionFactory;
        var inputs = watch.Elapsed;
        Console.WriteLine($"{ruleSet.Goals.Length} goals, {compiled.ReportRules.Rules.Count()} rules ({expressions}): " +
            $"load {load.TotalSeconds:N2} s, compile {compile.TotalSeconds:N2} s, first evaluation {firstEvaluation.TotalSeconds:N2} s, " +
            $"second {second.TotalMilliseconds:N1} ms, goal-input shape compiled on first use {inputs.TotalSeconds:N2} s; verdict {first.Verdict.Status}");
        return 0;
    }
}
