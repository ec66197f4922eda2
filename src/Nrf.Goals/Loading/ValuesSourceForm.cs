namespace Nrf.Goals.Loading;

/// <summary>
/// How a values source writes its values, so that the few messages of <see cref="ValuesDocumentBuilder"/> that say how
/// to put a value right say it in the source's own terms.
/// </summary>
public enum ValuesSourceForm
{
    /// <summary>
    /// Keys and nesting: a YAML or JSON values document, or the records a program or a web API gives. Messages say
    /// <c>covers: {x: tertial}</c> and name the year beside a refused breakdown key.
    /// </summary>
    Document,

    /// <summary>
    /// Rows and columns: a CSV file or a spreadsheet. Messages name the covers (avser) column and ask to keep one row of
    /// a value given twice.
    /// </summary>
    Table,
}
