namespace Nrf.Goals.Reporting;

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
internal abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
