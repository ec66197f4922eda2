namespace Nrf.Goals.Reports;

/// <summary>
/// One block of a <see cref="ReportDocument"/>: a <see cref="ReportHeading"/>, <see cref="ReportParagraph"/>,
/// <see cref="ReportList"/>, <see cref="ReportTable"/> or <see cref="ReportChart"/>, and no other kind.
/// </summary>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
