using System.Linq.Expressions;
using NRules.RuleModel;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Model;
using Nrf.Goals.Rules.Evaluation;
using Nrf.Goals.Rules.Facts;
using Nrf.Goals.Values;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.Compilation;
using Nrf.Goals.Rules.Runtime;
using Nrf.Goals.Tests.Loading;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// Escape attempts from rule files — .NET types and members (members, strings, typeof, new, namespaces),
/// System.Linq.Dynamic.Core syntax (the former engine's expression language), C# operators, invisible and look-alike
/// characters — in criteria, criterion parts and explanation placeholders. Each is refused when the file is loaded, at the offending token; and every expression tree the compiler
/// hands NRules is walked and checked to be only its own calls, so that no text of a rule file can reach the engine.
/// </summary>
public sealed class SandboxTests
{
    private const string Dot =
        "'.' is not allowed: expressions may use only indicator ids, numbers, operators and the documented functions (no members or methods)";

    private const string Quotes = "text in quotes is not allowed in expressions; breakdown keys are written bare, e.g. x[K]";

    private const string Functions =
        "the functions are abs, at, baseline, decreased, gap, increased, latest, max, mean_period, mean_years, min, previous, previous_measurement, same_period_last_year, sum_period, sum_years, weighted_mean_period, weighted_mean_years";

    // Each criterion is written on line 14 after "    criterion: ": a plain scalar's text starts at column 16,
    // a quoted scalar's at column 17.
    [Theory]
    [InlineData("Activator.CreateInstance(visitors)", "14:25: " + Dot)]
    [InlineData("Environment.Exit(1)", "14:27: " + Dot)]
    [InlineData("DateTime.Now.Year >= 2023", "14:24: " + Dot)]
    [InlineData("Convert.ToInt32(visitors) > 1", "14:23: " + Dot)]
    [InlineData("Math.Abs(visitors) > 1", "14:20: " + Dot)]
    [InlineData("Math(visitors) > 1", "14:16: 'Math' is not a function of the rule language (did you mean 'at'?); " + Functions)]
    [InlineData("visitors.ToString().Length > 1", "14:24: " + Dot)]
    [InlineData("\"System.IO.File.ReadAllText(\\\"/etc/passwd\\\") == \\\"\\\"\"", "14:23: " + Dot)]
    [InlineData("\"visitors.GetType().GetMethod(\\\"Exit\\\") == null\"", "14:25: " + Dot)]
    [InlineData("'visitors[\"K\"] > 1'", "14:26: text in quotes is not allowed in expressions; breakdown keys are written bare, e.g. x[K]")]
    [InlineData("visitors[0] > 1", "14:16: 'visitors' is not broken down by any key; remove [0]")]
    [InlineData("visitors[Length] > 1", "14:16: 'visitors' is not broken down by any key; remove [Length]")]
    [InlineData("\"visitors => visitors\"", "14:26: use == to compare two values ('=' alone is not an operator)")]
    [InlineData("\"(int)visitors > 1\"", "14:22: unexpected 'visitors' after a complete expression")]
    [InlineData("\"(decimal)visitors > 1\"", "14:26: unexpected 'visitors' after a complete expression")]
    [InlineData("\"@0 > 1\"", "14:17: the character '@' (U+0040) is not allowed in expressions")]
    [InlineData("np(visitors) > 1", "14:16: 'np' is not a function of the rule language (did you mean 'at'?); " + Functions)]
    [InlineData("iif(sent, true, false)", "14:16: 'iif' is not a function of the rule language (did you mean 'min'?); " + Functions)]
    [InlineData("Where(visitors) > 1", "14:16: 'Where' is not a function of the rule language; " + Functions)]
    [InlineData("it > 1", "14:16: 'it' is not a declared indicator; expressions may use only the indicators under 'indicators:' and the documented functions")]
    [InlineData("\"new(visitors as x)\"", "14:30: expected ',' or ')' in the call of new")]
    [InlineData("\"visitors as int\"", "14:26: unexpected 'as' after a complete expression")]
    [InlineData("\"visitors is decimal\"", "14:26: unexpected 'is' after a complete expression")]
    [InlineData("sizeof(visitors) > 1", "14:16: 'sizeof' is not a function of the rule language; " + Functions)]
    [InlineData("default(visitors) > 1", "14:16: 'default' is not a function of the rule language; " + Functions)]
    [InlineData("'visitors \\u002E GetType()'", "14:26: the character '\\' (U+005C) is not allowed in expressions")]
    [InlineData("\"visitors \\u002E GetType()\"", "14:26: " + Dot)]
    [InlineData("\"sent ? true : false\"", "14:22: the character '?' (U+003F) is not allowed in expressions")]
    [InlineData("\"visitors ?? 1 > 0\"", "14:26: the character '?' (U+003F) is not allowed in expressions")]
    [InlineData("\"visitors | 1 > 0\"", "14:26: the character '|' (U+007C) is not allowed in expressions")]
    [InlineData("\"visitors > 1 & sent\"", "14:30: the character '&' (U+0026) is not allowed in expressions")]
    [InlineData("\"visitors << 2 > 0\"", "14:27: unexpected '<' where a value was expected")]
    [InlineData("\"$\\\"{visitors}\\\" > 1\"", "14:17: the character '$' (U+0024) is not allowed in expressions")]
    [InlineData("\"{visitors} > 1\"", "14:17: the character '{' (U+007B) is not allowed in expressions")]
    [InlineData("\"visitors /* c */ > 1\"", "14:27: unexpected '*' where a value was expected")]
    [InlineData("\"`visitors` > 1\"", "14:17: the character '`' (U+0060) is not allowed in expressions")]
    [InlineData("visitors\uFF0EGetType()", "14:24: the character '\uFF0E' (U+FF0E) is not allowed in expressions")]
    [InlineData("\"x\\u200Bvisitors > 1\"", "14:18: the invisible character U+200B is not allowed in expressions; delete it")]
    [InlineData("\"visitors > 1 and sent\\u0000\"", "14:38: the invisible character U+0000 is not allowed in expressions; delete it")]
    [InlineData("\"visitors > 1 and sent and v.On(0)\"", "14:44: " + Dot)]
    [InlineData("\"visitors ^ 2 > 1\"", "14:26: the character '^' (U+005E) is not allowed in expressions")]
    [InlineData("\"visitors++ > 1\"", "14:26: unexpected '+' where a value was expected")]
    [InlineData("new visitors() and sent", "14:20: unexpected 'visitors' after a complete expression")]
    [InlineData("sent; visitors", "14:20: the character ';' (U+003B) is not allowed in expressions")]
    [InlineData("\"@System.Environment.Exit(1)\"", "14:17: the character '@' (U+0040) is not allowed in expressions")]
    [InlineData("visitors = 1", "14:25: use == to compare two values ('=' alone is not an operator)")]
    [InlineData("visitors.GetType().Assembly.FullName == 1", "14:24: " + Dot)]
    [InlineData("v.GetType().Assembly.FullName", "14:17: " + Dot)]
    [InlineData("\"sent and v.GetType().Assembly.FullName\"", "14:27: " + Dot)]
    [InlineData("System.IO.File.Exists(sent)", "14:22: " + Dot)]
    [InlineData("\"visitors == 'x'\"", "14:29: " + Quotes)]
    [InlineData("'visitors == \"x\"'", "14:29: " + Quotes)]
    [InlineData("typeof(visitors) and sent", "14:16: 'typeof' is not a function of the rule language; " + Functions)]
    [InlineData("\"sent and typeof(x)\"", "14:26: 'typeof' is not a function of the rule language; " + Functions)]
    [InlineData("sent and GetType()", "14:25: 'GetType' is not a function of the rule language; " + Functions)]
    public void Parse_EscapeAttempt_IsRefusedAtLoadAtTheOffendingToken(string criterion, string expected)
    {
        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().Equal("rules.yaml:" + expected);
    }

    [Fact]
    public void Parse_EscapeAttemptInExplanationPlaceholder_IsRefusedAtOffendingToken()
    {
        var yaml = RuleSetLoaderTests.Header + "    criterion: sent\n    explanation: \"Visitors {visitors.GetType().Name}\"\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:15:37: " + Dot);
    }

    [Fact]
    public void Parse_EscapeAttemptInCriterionPart_IsRefusedAtOffendingToken()
    {
        var yaml = RuleSetLoaderTests.Header + "    criterion:\n      - {label: A, expr: \"typeof(System.IO.File)\"}\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:15:40: " + Dot);
    }

    [Fact]
    public void Parse_EscapeAttempt_ThrowsNrfGoalsExceptionNotAnyOtherException()
    {
        var act = () => RuleSetLoader.Parse(RuleSetLoaderTests.Header + "    criterion: visitors.GetType().Assembly.FullName\n");

        act.Should().ThrowExactly<NrfGoalsException>();
    }

    [Theory]
    [InlineData("visitors.GetType()")]
    [InlineData("System.IO.File.Delete(x)")]
    [InlineData("np(visitors)")]
    [InlineData("iif(sent, 1, 0)")]
    public void Parse_EscapeAttemptInAnExplanationPlaceholder_IsRefusedWithNrfGoalsException(string placeholder)
    {
        var yaml = RuleSetLoaderTests.Header + "    criterion: sent\n    explanation: \"Besökare {" + placeholder + "}\"\n";

        var act = () => RuleSetLoader.Parse(yaml);

        act.Should().ThrowExactly<NrfGoalsException>().Which.Diagnostics.Should().ContainSingle().Which.Location.Line.Should().Be(15);
    }

    /// <summary>
    /// Hostile text is allowed where it is only text (titles, notes, labels, the explanation's words); the compiled
    /// NRules rules must still hold nothing but the compiler's own calls <c>e.Record.Method(nodeId, …)</c>.
    /// </summary>
    [Fact]
    public void Compile_RuleSetWithHostileTextInEveryTextField_HandsTheEngineOnlyItsOwnCalls()
    {
        const string hostile = "System.IO.File.Delete(\\\"x\\\"); Environment.Exit(1); np(it); iif(true, 1, 0); @0; typeof(object).GetType()";
        var yaml =
            "id: hostile\n" +
            $"title: \"{hostile}\"\n" +
            "entity: nrf\n" +
            "validity: {from: 2023, to: 2025}\n" +
            $"source: \"{hostile}\"\n" +
            $"policy: {{operational: all, financial: all, wording: \"{hostile}\"}}\n" +
            "indicators:\n" +
            $"  - {{id: visitors, title: \"{hostile}\", unit: \"{hostile}\", description: \"{hostile}\", source: \"{hostile}\"}}\n" +
            "  - {id: sent, title: Sent, type: yes-no}\n" +
            "goals:\n" +
            "  - id: g1\n" +
            $"    title: \"{hostile}\"\n" +
            "    category: operational\n" +
            $"    area: \"{hostile}\"\n" +
            $"    achievedWhen: \"{hostile}\"\n" +
            $"    target: \"{hostile}\"\n" +
            $"    note: \"{hostile}\"\n" +
            $"    criterion: [{{label: \"{hostile}\", expr: visitors >= 100}}, {{label: \"{hostile}\", expr: sent}}]\n" +
            $"    explanation: \"{hostile.Replace("(", "<", StringComparison.Ordinal)} {{visitors}} {{visitors / 2:pct}}\"\n" +
            "  - {id: g2, title: G2, category: financial, criterion: \"abs(visitors - 5) > max(1, 2) and not sent\"}\n";

        var compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Parse(yaml));

        compiled.Rules.Rules.Should().NotBeEmpty();
        var constants = BothShapes(compiled).SelectMany(RuleExpressions).SelectMany(OnlyOurCalls).ToList();
        constants.Should().NotContain(c => c is string && ((string)c).Contains("Environment", StringComparison.Ordinal),
            "no text a rule file wrote reaches a rule but ids; titles, labels and notes never do");
    }

    [Fact]
    public void Compile_ShippedNrfRuleSet_HandsTheEngineOnlyItsOwnCalls()
    {
        var compiled = new NRulesCompiler().CompileToNRules(RuleSetLoader.Load(RepositoryPaths.Rules("nrf/2023-2025.yaml")));

        compiled.Rules.Rules.Should().HaveCount(13 + 3, "one rule per goal, two category rules and the verdict");
        compiled.ReportRules.Rules.Should().HaveCount(13 + 3, "the report shape has the same rules");
        BothShapes(compiled).SelectMany(RuleExpressions).SelectMany(OnlyOurCalls).Should().NotBeEmpty();
    }

    /// <summary>The rules of both shapes: those applications and live sessions run, and those Evaluate runs.</summary>
    private static IEnumerable<IRuleDefinition> BothShapes(NRulesRuleSet compiled) => compiled.Rules.Rules.Concat(compiled.ReportRules.Rules);

    /// <summary>Every lambda of a rule: pattern conditions, bindings, aggregate sources, filters and actions.</summary>
    private static IEnumerable<LambdaExpression> RuleExpressions(IRuleDefinition rule)
    {
        IEnumerable<LambdaExpression> Of(RuleElement? element) => element switch
        {
            GroupElement g => g.ChildElements.SelectMany(Of),
            PatternElement p => p.Expressions.Select(e => e.Expression).Concat(Of(p.Source)),
            AggregateElement a => a.Expressions.Select(e => e.Expression).Concat(Of(a.Source)),
            ExpressionElement e => [e.Expression],
            null => [],
            _ => throw new InvalidOperationException($"Unexpected rule element {element.GetType().Name}."),
        };

        return Of(rule.LeftHandSide).Concat(rule.FilterGroup.Filters.Select(f => f.Expression)).Concat(rule.RightHandSide.Actions.Select(a => a.Expression));
    }

    /// <summary>
    /// Walks a rule's lambda and fails on anything but the compiler's own vocabulary: calls of <see cref="EvaluationRecord"/>
    /// and <see cref="RuleActions"/> methods, reads of our facts' properties and of the report's value slots, equality, a
    /// conditional, a boxing, and constants of plain data types. Returns the constants.
    /// </summary>
    private static IEnumerable<object?> OnlyOurCalls(LambdaExpression lambda)
    {
        var walker = new Vocabulary();
        walker.Visit(lambda.Body);
        return walker.Constants;
    }

    private sealed class Vocabulary : ExpressionVisitor
    {
        private static readonly Type[] OurTypes = [typeof(EvaluationRecord), typeof(RuleActions), typeof(EvaluationFact), typeof(GoalInput), typeof(IndicatorFact), typeof(GoalOutcome), typeof(CategoryOutcome)];

        public List<object?> Constants { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                node.NodeType.Should().BeOneOf(
                    [ExpressionType.Call, ExpressionType.MemberAccess, ExpressionType.Constant, ExpressionType.Parameter, ExpressionType.Equal, ExpressionType.Conditional, ExpressionType.Convert, ExpressionType.NewArrayInit, ExpressionType.ArrayIndex],
                    "a rule may only call our methods, read our facts and compare: {0}", node);
            }

            return base.Visit(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            OurTypes.Should().Contain(node.Method.DeclaringType!, "a rule calls only our evaluation methods: {0}", node.Method);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            OurTypes.Should().Contain(node.Member.DeclaringType!, "a rule reads only our facts: {0}", node.Member);
            return base.VisitMember(node);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            node.Type.Should().Be(typeof(object), "the only conversion is boxing a bound value");
            return base.VisitUnary(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            (node.Value is null or int or string or bool or GoalCategory || ReferenceEquals(node.Value, IndicatorData.Empty)).Should().BeTrue("constants are ids, numbers, yes/no (an outcome is an activity or not) and categories: {0}", node);
            Constants.Add(node.Value);
            return base.VisitConstant(node);
        }
    }

}
