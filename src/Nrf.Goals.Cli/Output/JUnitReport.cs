using System.Text;
using System.Xml;
using Nrf.Goals.Diagnostics;
using Nrf.Goals.Reporting;
using Nrf.Goals.Reports;
using Nrf.Goals.RuleTests;
using Nrf.Goals.Words;

namespace Nrf.Goals.Cli.Output;

/// <summary>
/// Rule test results as JUnit XML, the format CI systems read: one testsuite per test file, one testcase per case,
/// a failure element listing what differed; a test file that could not be loaded is one testcase with an error element.
/// No timestamps or durations, so the same inputs give the same bytes.
/// </summary>
internal static class JUnitReport
{
    public static byte[] Write(IReadOnlyList<(string File, IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyList<Diagnostic> Errors)> files)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "nrf-goals test");
            xml.WriteAttributeString("tests", files.Sum(f => f.Errors.Count > 0 ? 1 : f.Outcomes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", files.Sum(f => f.Outcomes.Count(o => !o.Passed)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", files.Count(f => f.Errors.Count > 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (file, outcomes, errors) in files)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", DisplayText.Clean(file));
                xml.WriteAttributeString("tests", (errors.Count > 0 ? 1 : outcomes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("failures", outcomes.Count(o => !o.Passed).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("errors", (errors.Count > 0 ? 1 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (errors.Count > 0)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", DisplayText.Clean(file));
                    xml.WriteAttributeString("name", "(load)");
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("message", "the test file could not be loaded");
                    xml.WriteString(DisplayText.Clean(string.Join("\n", errors)));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                foreach (var outcome in outcomes)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", DisplayText.Clean(file));
                    xml.WriteAttributeString("name", DisplayText.Clean(outcome.Case.Name));
                    if (!outcome.Passed)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", DisplayText.Clean(outcome.Failures[0].Message));
                        xml.WriteString(DisplayText.Clean(string.Join("\n", outcome.Failures.Select(f => $"{f.Location}: {f.Message}"))));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
