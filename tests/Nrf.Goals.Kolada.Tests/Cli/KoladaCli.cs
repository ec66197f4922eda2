using Nrf.Goals.Cli;

namespace Nrf.Goals.Kolada.Tests.Cli;

/// <summary>
/// Runs nrf-goals in-process against the recorded Kolada, as the program runs: its base address and a test's own cache
/// folder are passed as options, so nothing leaves the machine and nothing touches the user's cache.
/// </summary>
internal sealed class KoladaCli(Uri baseAddress, string cacheFolder)
{
    public const string RulesText =
        "id: vargarda-test\n" +
        "title: Vårgårda kommun – finansiella mål\n" +
        "entity: vargarda\n" +
        "validity: {from: 2021, to: 2025}\n" +
        "policy: {operational: all, financial: all}\n" +
        "indicators:\n" +
        "  - {id: result_share_pct, title: Årets resultat som andel av skatt och generella statsbidrag, unit: '%', kolada: N03101}\n" +
        "  - {id: good_health_pct, title: Gott självskattat hälsotillstånd, unit: '%', by: sex, kolada: N00945}\n" +
        "goals:\n" +
        "  - {id: resultat, title: Resultat, category: financial, target: minst 2 %, criterion: result_share_pct >= 2}\n" +
        "  - {id: halsa, title: Hälsa kvinnor, category: operational, target: minst 70 %, criterion: 'good_health_pct[K] >= 70'}\n";

    /// <summary>Runs <paramref name="args"/> with the server's address and the test's cache appended, and no retry unless the arguments ask for one.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args) => Run(false, args);

    public (int Exit, string Out, string Err) Run(bool showProgress, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] retries = args.Contains("--kolada-retries") ? [] : ["--kolada-retries", "0"];
        var exit = Program.Run([.. args, "--kolada-url", baseAddress.AbsoluteUri, "--kolada-cache", cacheFolder, .. retries], output, error, showProgress);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> exactly as given.</summary>
    public static (int Exit, string Out, string Err) Plain(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error, showProgress: false);
        return (exit, output.ToString(), error.ToString());
    }
}
