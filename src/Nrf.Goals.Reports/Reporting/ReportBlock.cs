namespace Nrf.Goals.Reporting;

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
