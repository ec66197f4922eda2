using System.Diagnostics;
using System.Text;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Expressions;
using Nrf.Goals.Loading;
using Nrf.Goals.Tests.Loading;
using Xunit.Abstractions;
using static Nrf.Goals.Tests.Loading.LoadAssertions;

namespace Nrf.Goals.Tests.Hardening;

/// <summary>
/// The input limits of <see cref="InputLimits"/> and <see cref="ExpressionParser"/>: at the limit a file loads, one past
/// it the file is refused with a plain located error. Oversized inputs are generated here, not checked in.
/// </summary>
public sealed class LimitsTests(ITestOutputHelper output)
{
    private const string ValuesHeader = "entity: nrf\nyear: 2023\nreport: annual\nvalues:\n";

    [Fact]
    public void Load_FileOneByteOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nrf-goals-limit-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, Padded(ValuesHeader + "  visitors: 1\n", InputLimits.MaxFileBytes + 1));

            Errors(() => ValuesLoader.Load(path)).Should().Equal($"{path}:1:1: the file is 4194305 bytes; the limit is 4194304 bytes");
            Errors(() => RuleSetLoader.Load(path)).Should().Equal($"{path}:1:1: the file is 4194305 bytes; the limit is 4194304 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_FileExactlyAtTheSizeLimit_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nrf-goals-limit-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, Padded(ValuesHeader + "  visitors: 1\n", InputLimits.MaxFileBytes));

            ValuesLoader.Load(path).Find("visitors")!.Years[2023].Should().Be(1m);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_StreamOverTheSizeLimit_IsRefusedWithoutReadingItAll()
    {
        using var endless = new EndlessStream();

        Errors(() => ValuesLoader.Load(endless, "upload.yaml")).Should().Equal("upload.yaml:1:1: the input is larger than the limit of 4194304 bytes");
        endless.BytesRead.Should().BeLessThan(InputLimits.MaxFileBytes + 100_000, "reading stops soon after the limit");
    }

    [Fact]
    public void Parse_OneNodePastTheNodeLimit_IsRefusedAtThatNode()
    {
        // Nodes: the root mapping, the key, the list, then the items; item k is node 3 + k and starts at column 5 + 2(k − 1).
        var yaml = "x: [" + string.Join(",", Enumerable.Repeat("1", InputLimits.MaxNodes - 3 + 1)) + "]\n";

        RuleErrors(yaml).Should().Equal("rules.yaml:1:399999: the file has more than 200000 values");
    }

    [Fact]
    public void Parse_ExactlyTheNodeLimit_PassesTheNodeCheck()
    {
        var yaml = "x: [" + string.Join(",", Enumerable.Repeat("1", InputLimits.MaxNodes - 3)) + "]\n";

        // The file is refused for what it is (not a rule set), not for its size.
        RuleErrors(yaml).Should().NotContain(e => e.Contains("more than", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("rules.yaml:1:1: unknown key 'x' in the rule set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(32, null)]
    [InlineData(33, "rules.yaml:1:35: the file nests deeper than 32 levels")]
    public void Parse_NestedLists_AreRefusedOnlyPastTheDepthLimit(int listLevels, string? expected)
    {
        // The root mapping is the first level.
        var yaml = "x: " + new string('[', listLevels - 1) + "1" + new string(']', listLevels - 1) + "\n";

        var errors = RuleErrors(yaml);

        if (expected is null)
        {
            errors.Should().NotContain(e => e.Contains("nests deeper", StringComparison.Ordinal));
        }
        else
        {
            errors.Should().Equal(expected);
        }
    }

    [Fact]
    public void Parse_BillionLaughs_IsRefusedAtTheFirstAliasWithoutExpanding()
    {
        var yaml = BillionLaughs(levels: 10, width: 10);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        RuleErrors(yaml).Should().Equal("rules.yaml:3:8: YAML aliases (*a) are not supported; write the value out");

        // Measured, not asserted (timings are for bench/): 10^10 "lol"s would need tens of gigabytes if expanded.
        output.WriteLine($"billion laughs ({yaml.Length} characters, 10^10 expansion): refused in {clock.Elapsed.TotalMilliseconds:F1} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024} KiB allocated");
    }

    [Fact]
    public void Parse_BillionLaughsAsValuesJson_IsRefusedAtTheFirstAlias()
    {
        var yaml = ValuesHeader + "  visitors: &a 1\n  sent: *a\n";

        ValueErrors(yaml).Should().Equal("values.yaml:6:9: YAML aliases (*a) are not supported; write the value out");
    }

    [Fact]
    public void Parse_ExpressionOfExactlyTheLengthLimit_Loads()
    {
        var criterion = Criterion(ExpressionParser.MaxLength);

        criterion.Length.Should().Be(2000);
        RuleSetLoader.Parse(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Goals.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_ExpressionOneCharacterOverTheLengthLimit_IsRefusedAtItsStart()
    {
        var criterion = Criterion(ExpressionParser.MaxLength + 1);

        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().Equal(
            "rules.yaml:14:16: the expression is 2001 characters long; the limit is 2000");
    }

    [Fact]
    public void Parse_ExpressionNestedToTheDepthLimit_Loads()
    {
        var criterion = new string('(', ExpressionParser.MaxDepth) + "visitors" + new string(')', ExpressionParser.MaxDepth) + " >= 1";

        RuleSetLoader.Parse(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Goals.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_ExpressionNestedPastTheDepthLimit_IsRefusedAtTheFirstTooDeepToken()
    {
        var criterion = new string('(', ExpressionParser.MaxDepth + 1) + "visitors" + new string(')', ExpressionParser.MaxDepth + 1) + " >= 1";

        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().Equal(
            "rules.yaml:14:48: the expression nests deeper than 32 levels");
    }

    [Fact]
    public void Parse_DeeplyNestedNegation_IsRefusedNotAStackOverflow()
    {
        var criterion = "\"" + string.Concat(Enumerable.Repeat("not ", 5_000)) + "sent\"";

        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().ContainSingle()
            .Which.Should().EndWith("the expression is 20004 characters long; the limit is 2000");
    }

    [Fact]
    public void Parse_NegationsWithinTheLengthLimitButTooDeep_AreRefusedAtTheDepthLimit()
    {
        var criterion = string.Concat(Enumerable.Repeat("- ", 40)) + "visitors >= 1";

        RuleErrors(RuleSetLoaderTests.Header + "    criterion: \"" + criterion + "\"\n").Should().ContainSingle()
            .Which.Should().EndWith("the expression nests deeper than 32 levels");
    }

    /// <summary>
    /// "max(visitors, visitors, …) >= 1000…" of exactly <paramref name="length"/> characters: long but shallow, since a
    /// chain "a and b and …" that long would pass <see cref="ExpressionParser.MaxTreeDepth"/>.
    /// </summary>
    /// <summary>A valid criterion of exactly <paramref name="length"/> characters and three terms: the length, not the terms, decides.</summary>
    private static string Criterion(int length) => "visitors" + new string(' ', length - "visitors>= 1".Length) + ">= 1";

    /// <summary><c>max(visitors, …) >= 1</c> with <paramref name="terms"/> terms: the call, its arguments, the comparison and the literal.</summary>
    private static string Terms(int terms) => "max(" + string.Join(", ", Enumerable.Repeat("visitors", terms - 3)) + ") >= 1";

    [Fact]
    public void Parse_RuleSetOverTheTermsOfAllItsCriteria_IsRefusedAtTheGoalThatCrossesIt()
    {
        // 500 goals of 200 terms make 100 000; with the header's own criteria the 500th of them (t499) crosses the limit.
        var yaml = new StringBuilder(RuleSetLoaderTests.Header + "    criterion: visitors >= 1\n");
        var max = Terms(ExpressionParser.MaxTerms);
        for (var g = 0; g < InputLimits.MaxTermsPerRuleSet / ExpressionParser.MaxTerms + 1; g++)
        {
            yaml.Append("  - {id: t").Append(g).Append(", title: T, category: operational, criterion: \"").Append(max).Append("\"}\n");
        }

        var errors = RuleErrors(yaml.ToString());

        errors.Should().ContainSingle().Which.Should().EndWith(
            ": the rule set's criteria and explanations have more than 100 000 terms in all by goal 't499'; split it into several rule sets");
    }

    // One goal with byYear 1000–9999 × byPeriod (27 000 cases) was under the terms limit, and evaluate was still compiling
    // after 90 s (issue 22): validate admits only the cases evaluate can compile within its bounds.
    [Fact]
    public void Parse_RuleSetOverTheCasesOfAllItsGoals_IsRefusedAtTheGoalThatCrossesIt()
    {
        // Seven goals of 9 000 one-term yearly targets (and a rule each for the years without one) make 63 007 rules but only
        // 63 000 terms, under the terms limit.
        var yaml = new StringBuilder(RuleSetLoaderTests.Header.Replace("{from: 2023, to: 2025}", "{from: 1000, to: 9999}", StringComparison.Ordinal) + "    criterion: visitors >= 1\n");
        for (var g = 0; g < 7; g++)
        {
            yaml.Append("  - id: y").Append(g).Append("\n    title: Y\n    category: operational\n    criterion:\n      byYear:\n");
            for (var year = 1000; year < 10_000; year++)
            {
                yaml.Append("        ").Append(year).Append(": sent\n");
            }
        }

        var errors = RuleErrors(yaml.ToString());

        errors.Should().ContainSingle().Which.Should().EndWith(
            ": the rule set's goals have more than 60 000 cases (targets per year and period) in all by goal 'y6'; each is a rule to compile, so split the rule set or its years");
    }

    [Fact]
    public void Parse_ExpressionOfExactlyTheTermLimit_Loads()
    {
        RuleSetLoader.Parse(RuleSetLoaderTests.Header + "    criterion: " + Terms(ExpressionParser.MaxTerms) + "\n").Goals.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_ExpressionOneTermOverTheLimit_IsRefusedAtTheOperatorThatExceedsIt()
    {
        var criterion = Terms(ExpressionParser.MaxTerms + 1);

        // The comparison is built last, so it is the 201st term; the criterion starts at column 16.
        RuleErrors(RuleSetLoaderTests.Header + "    criterion: " + criterion + "\n").Should().Equal(
            $"rules.yaml:14:{16 + criterion.IndexOf(">=", StringComparison.Ordinal)}: the expression has more than 200 terms (operators, functions, indicators and numbers); split it into simpler goals or parts");
    }

    internal static string BillionLaughs(int levels, int width)
    {
        var yaml = new StringBuilder("# billion laughs\na: &a [" + string.Join(",", Enumerable.Repeat("\"lol\"", width)) + "]\n");
        for (var level = 1; level < levels; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            yaml.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, width))).Append("]\n");
        }

        return yaml.ToString();
    }

    private static byte[] Padded(string yaml, int size)
    {
        var bytes = new byte[size];
        var text = Encoding.UTF8.GetBytes(yaml);
        text.CopyTo(bytes, 0);

        // A trailing comment fills the rest, so the file is valid YAML of exactly the given size.
        bytes[text.Length] = (byte)'#';
        bytes.AsSpan(text.Length + 1).Fill((byte)'x');
        return bytes;
    }

    private static string[] Errors(Action load) =>
        load.Should().Throw<NrfGoalsException>().Which.Diagnostics.Select(d => d.ToString()).ToArray();

    /// <summary>An upload that never ends: the loader must stop reading at the limit.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'#');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
