using System.Diagnostics.CodeAnalysis;

namespace Liaison.Core.Common;

/// <summary>
/// A value cut to the width of the column that stores it, for formats that set no lengths of their own (FHIR, PubMed,
/// ClinicalTrials.gov): a long value is kept as far as it fits rather than failing the import on PostgreSQL.
/// </summary>
public static class TextCut
{
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
