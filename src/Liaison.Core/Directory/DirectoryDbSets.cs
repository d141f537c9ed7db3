using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

public partial class LiaisonDbContext
{
    public DbSet<Hcp> Hcps => Set<Hcp>();
    public DbSet<HcpAddress> HcpAddresses => Set<HcpAddress>();
    public DbSet<HcpTaxonomy> HcpTaxonomies => Set<HcpTaxonomy>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationAddress> OrganisationAddresses => Set<OrganisationAddress>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<HcpSearchEntry> HcpSearchEntries => Set<HcpSearchEntry>();
    /// <summary>SQLite's FTS5 name index (SQLite workspaces only).</summary>
    public DbSet<Directory.Search.HcpNameIndexEntry> HcpNameIndex => Set<Directory.Search.HcpNameIndexEntry>();
    public DbSet<ImportRun> DirectoryImportRuns => Set<ImportRun>();
    public DbSet<ErasedNpi> ErasedNpis => Set<ErasedNpi>();
    /// <summary>The NUCC code set release the workspace imported, if any (see <see cref="Directory.Registry.TaxonomyCodes"/>).</summary>
    public DbSet<TaxonomyCode> TaxonomyCodes => Set<TaxonomyCode>();
}
