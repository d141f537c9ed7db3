namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// A citation NLM withdrew (an efetch <c>DeleteCitation</c>): its PMID and the version withdrawn (1 for a citation that
/// is not versioned). Only that version is removed: a newer version of a versioned citation stands.
/// </summary>
public sealed record DeletedCitation(string Pmid, int Version);
