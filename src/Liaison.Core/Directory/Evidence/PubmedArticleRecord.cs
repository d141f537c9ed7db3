using System.Text.Json.Serialization;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// A PubMed citation as read from efetch XML, before it is stored. <see cref="Version"/> is its PMID's version (1 for a
/// citation that is not versioned); it is compared on its own and kept out of the content hash, so the hashes stored
/// before versions were read still match. <see cref="IsCongress"/>: PubMed types the citation "Congress" (conference
/// proceedings); it is hashed only when set, so the hashes of other citations are as before.
/// </summary>
public sealed record PubmedArticleRecord(string Pmid, [property: JsonIgnore] int Version, string Title, string? Journal, int Year,
    DateOnly PublishedOn, string? Doi, IReadOnlyList<PubmedAuthorRecord> Authors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool IsCongress = false);

public sealed record PubmedAuthorRecord(int Position, string LastName, string? ForeName, string? Initials,
    bool IsCollective, IReadOnlyList<string> Affiliations, string? Orcid);
