using System.Text;
using Nrf.Goals.Cli.Commands;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Output;

/// <summary>Renders a report in the chosen format and writes it to stdout or, atomically, to <c>--out</c>.</summary>
internal static class ReportOutput
{
    /// <summary>The report in <paramref name="format"/> (<c>md</c>, <c>html</c> or <c>docx</c>) as the bytes of the file.</summary>
    public static byte[] Render(ReportDocument document, string format) => format switch
    {
        "md" => Encoding.UTF8.GetBytes(MarkdownReport.Write(document)),
        "html" => Encoding.UTF8.GetBytes(HtmlReport.Write(document)),
        "docx" => DocxReport.Write(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Writes the bytes to <paramref name="outPath"/> atomically, or as text to <paramref name="output"/> when there is no path.</summary>
    public static void Emit(byte[] bytes, string? outPath, TextWriter output)
    {
        if (outPath is null)
        {
            output.Write(Encoding.UTF8.GetString(bytes));
        }
        else
        {
            AtomicFile.Write(outPath, stream => stream.Write(bytes));
        }
    }

    /// <summary>Refuses an <c>--out</c> that names an input or cannot take a report (<see cref="OutTarget.Problem"/>), and a binary format without <c>--out</c>.</summary>
    public static void CheckOut(string? outPath, string format, IEnumerable<string> inputs)
    {
        if (outPath is null)
        {
            if (format is "docx" or "xlsx")
            {
                throw new UsageException($"--format {format} writes a binary file; give --out FILE.{format}");
            }

            return;
        }

        if (inputs.Any(i => SamePath.As(i, outPath)))
        {
            throw new NrfGoalsException([new Diagnostic(new SourceLocation(outPath, 1, 1), "--out names an input file (symbolic links followed); choose another file so the input is not overwritten")]);
        }

        if (OutTarget.Problem(outPath) is { } problem)
        {
            throw new NrfGoalsException([new Diagnostic(new SourceLocation(outPath, 1, 1), problem)]);
        }
    }

    /// <summary>The report language for <c>--lang sv|en</c>.</summary>
    public static ReportLanguage Language(string? lang) => lang == "en" ? ReportLanguage.English : ReportLanguage.Swedish;
}
