// Evaluates a values document against the NRF rule set, shipped in the Nrf.Goals.RuleSets package, with Nrf.Goals from
// dependency injection, as README's API section shows. Usage: dotnet run -- [VALUES_FILE] (default: the NRF example).
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nrf.Goals.Evaluation;
using Nrf.Goals.Loading;
using Nrf.Goals.Rules.DependencyInjection;
using Nrf.Goals.RuleSets;

var valuesFile = Path.GetFullPath(args.Length > 0 ? args[0] : "examples/nrf-2023-annual.yaml");

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var nrf = ShippedRuleSets.Nrf2023To2025;                         // or options.RuleFiles.Add("path/to/your-rules.yaml")
builder.Services.AddNrfGoals(options => options.AddRuleSet(nrf.Path, nrf.Open)).UseNRules();
using var host = builder.Build();

// Starting the host compiles the rule sets: a broken rule file stops here, with each problem's file:line:column.
await host.StartAsync();

var evaluator = host.Services.GetRequiredService<IGoalEvaluator>();
var ruleSet = evaluator.Get("nrf-2023-2025").RuleSet;          // the RuleSet the values loader checks the values against
var values = ValuesLoader.Load(valuesFile, ruleSet);
var result = evaluator.Evaluate(ruleSet.Id, values);

Console.WriteLine($"{ruleSet.Title} {values.Year}: {result.Verdict.Status}");
foreach (var goal in result.Goals)
{
    Console.WriteLine($"  {goal.Id}: {goal.Status}");
}

await host.StopAsync();
