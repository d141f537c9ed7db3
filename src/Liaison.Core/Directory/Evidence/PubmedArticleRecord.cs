namespace Liaison.Core.Directory.Evidence;

/// <summary>A PubMed citation as read from efetch XML, before it is stored.</summary>
public sealed record PubmedArticleRecord(string Pmid, string Title, string? Journal, int Year, DateOnly PublishedOn,
    string? Doi, IReadOnlyList<PubmedAuthorRecord> Authors);

public sealed record PubmedAuthorRecord(int Position, string LastName, string? ForeName, string? Initials,
    bool IsCollective, IReadOnlyList<string> Affiliations, string? Orcid);
