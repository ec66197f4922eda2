using System.Globalization;
using System.Text;
using Nrf.Goals.Results;
using Nrf.Goals.Words;

namespace Nrf.Goals.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS, inline SVG, no fonts or other
/// network requests, laid out for A4 when printed. Status cells carry colour and the status in words and symbol. No
/// scripts, except a small inline one that sorts the rows of a <see cref="ReportTable.Sortable"/> table when a header
/// is clicked (a comparison of every kommun).
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        @page { size: A4; margin: 16mm 15mm; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Calibri, "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1f24; max-width: 180mm; margin: 0 auto; padding: 12px; }
        h1 { font-size: 17pt; margin: 0 0 8px; }
        h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 1px solid #c9ced6; padding-bottom: 2px; }
        p { margin: 6px 0; }
        table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 9pt; }
        th, td { border: 1px solid #c9ced6; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        table.fixed { table-layout: fixed; }
        th { background: #eef1f5; font-weight: 600; overflow-wrap: normal; }
        thead { display: table-header-group; }
        tr, li, .chart { break-inside: avoid; page-break-inside: avoid; }
        h3 { font-size: 11pt; margin: 12px 0 4px; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        td.status { font-weight: 600; }
        .st-met { background: #dcf1e2; color: #14532d; }
        .st-partly-met { background: #fff1c2; color: #6b4a00; }
        .st-not-met { background: #fbdcdc; color: #8a1717; }
        .st-not-evaluable { background: #e9ecf1; color: #374151; }
        .st-monitored { background: #e1ecfa; color: #1e3a8a; }
        ul { margin: 4px 0 10px; padding-left: 20px; }
        li { margin: 2px 0; }
        .chart { display: block; width: 100%; height: auto; margin: 6px 0; }
        .chart .label { font-size: 11px; fill: #1b1f24; }
        .chart .value { font-size: 11px; fill: #1b1f24; }
        .chart .track { fill: #eef1f5; }
        .chart .target { stroke: #111; stroke-width: 2; }
        .chart .st-met .actual { fill: #2f8f4e; }
        .chart .st-partly-met .actual { fill: #c99700; }
        .chart .st-not-met .actual { fill: #c0392b; }
        .chart .st-not-evaluable .actual, .chart .st-monitored .actual { fill: #7a8597; }
        .legend { font-size: 9pt; color: #444; }
        @media print { body { padding: 0; max-width: none; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """;

    // Only a document with a sortable table carries these: every other report stays free of scripts.
    private const string SortableStyle = """
        table.sortable th { padding: 0; }
        table.sortable th button { all: inherit; display: block; width: 100%; padding: 4px 6px; cursor: pointer; }
        table.sortable th[aria-sort="ascending"] button::after { content: " ▲"; }
        table.sortable th[aria-sort="descending"] button::after { content: " ▼"; }
        @media print { table.sortable th button::after { content: none; } }
        """;

    // Sorts a sortable table's rows by the clicked column, in Swedish order with numbers compared as numbers; a second
    // click reverses. Plain DOM, no library and no network.
    private const string SortScript = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var headers = table.querySelectorAll("th");
          headers.forEach(function (th, column) {
            th.querySelector("button").addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var order = a.cells[column].textContent.localeCompare(b.cells[column].textContent, "sv", { numeric: true });
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;

    /// <summary>The document as a complete HTML file, ending with a newline.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var s = new StringBuilder();
        var lang = document.Language == ReportLanguage.Swedish ? "sv" : "en";
        s.Append($"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        var sortable = document.Blocks.Any(b => b is ReportTable { Sortable: true });
        var style = sortable ? Style + "\n" + SortableStyle : Style;
        s.Append($"<title>{HtmlText.Escape(document.Title)}</title>\n<style>\n{style.ReplaceLineEndings("\n")}\n</style>\n</head>\n<body>\n");
        s.Append($"<h1>{HtmlText.Escape(document.Title)}</h1>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    s.Append($"<h2>{HtmlText.Escape(h.Text)}</h2>\n");
                    break;
                case ReportParagraph p:
                    s.Append($"<p>{HtmlText.Escape(p.Text)}</p>\n");
                    break;
                case ReportList l:
                    s.Append("<ul>\n");
                    foreach (var item in l.Items)
                    {
                        s.Append($"<li>{HtmlText.Escape(item)}</li>\n");
                    }

                    s.Append("</ul>\n");
                    break;
                case ReportTable t:
                    Table(s, t);
                    break;
                case ReportChart c:
                    s.Append($"<h3>{HtmlText.Escape(c.Title)}</h3>\n");
                    s.Append(SvgChart.Write(c, document.Language));
                    s.Append($"<p class=\"legend\">{HtmlText.Escape(Legend(c, document.Language))}</p>\n");
                    break;
            }
        }

        if (sortable)
        {
            s.Append($"<script>\n{SortScript.ReplaceLineEndings("\n")}\n</script>\n");
        }

        s.Append("</body>\n</html>\n");
        return s.ToString();
    }

    private static void Table(StringBuilder s, ReportTable t)
    {
        if (t.ColumnWidths.IsDefaultOrEmpty)
        {
            s.Append(t.Sortable ? "<table class=\"sortable\">\n" : "<table>\n");
        }
        else
        {
            s.Append("<table class=\"fixed\">\n<colgroup>");
            foreach (var width in t.ColumnWidths)
            {
                s.Append($"<col style=\"width: {width.ToString(CultureInfo.InvariantCulture)}%\">");
            }

            s.Append("</colgroup>\n");
        }

        s.Append("<thead><tr>");
        foreach (var header in t.Headers)
        {
            s.Append(t.Sortable
                ? $"<th scope=\"col\" aria-sort=\"none\"><button type=\"button\">{HtmlText.Escape(header)}</button></th>"
                : $"<th scope=\"col\">{HtmlText.Escape(header)}</th>");
        }

        s.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            s.Append("<tr>");
            foreach (var cell in row)
            {
                s.Append(cell.Status is { } status
                    ? $"<td class=\"status {SvgChart.Css(status)}\">{HtmlText.Escape(cell.Text)}</td>"
                    : $"<td>{HtmlText.Escape(cell.Text)}</td>");
            }

            s.Append("</tr>\n");
        }

        s.Append("</tbody>\n</table>\n");
    }

    // The bar is the chart's value: an interim report's forecast, an annual report's outcome, named as the tables name it.
    private static string Legend(ReportChart chart, ReportLanguage language) => language == ReportLanguage.Swedish
        ? $"Stapel: {chart.ValueName.ToLowerInvariant()}. Svart streck: {chart.TargetName.ToLowerInvariant()}. Varje mål har sin egen skala. ✔ uppfyllt, ✘ ej uppfyllt."
        : $"Bar: {chart.ValueName.ToLowerInvariant()}. Black line: {chart.TargetName.ToLowerInvariant()}. Each goal has its own scale. ✔ met, ✘ not met.";
}
