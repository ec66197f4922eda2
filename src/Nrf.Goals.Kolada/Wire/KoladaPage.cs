namespace Nrf.Goals.Kolada;

/// <summary>What one page of an answer says about paging: the next page's address as Kolada gives it, if any.</summary>
internal readonly record struct KoladaPage(string? Next);
