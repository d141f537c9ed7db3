using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// A row of SQLite's FTS5 name index (<c>hcp_name_index</c>, created by <see cref="DirectorySearchSchema"/>, not by the
/// migrations), so that name matching is a LINQ query EF Core can compile: FTS5 reads <c>hcp_name_index = 'query'</c>
/// on its hidden column of the table's own name as <c>MATCH</c>. Read-only, SQLite only (PostgreSQL has no such table).
/// </summary>
[NotAudited]
public sealed class HcpNameIndexEntry
{
    /// <summary>The search entry's key (the index's rowid).</summary>
    public long Key { get; private set; }

    /// <summary>The FTS5 query to match (the hidden column): compared, never read.</summary>
    public string Query { get; private set; } = "";
}

internal sealed class HcpNameIndexEntryConfiguration : IEntityTypeConfiguration<HcpNameIndexEntry>
{
    public void Configure(EntityTypeBuilder<HcpNameIndexEntry> b)
    {
        b.ToTable("hcp_name_index", t => t.ExcludeFromMigrations());
        b.HasNoKey();
        b.Property(e => e.Key).HasColumnName("rowid");
        b.Property(e => e.Query).HasColumnName("hcp_name_index");
    }
}
