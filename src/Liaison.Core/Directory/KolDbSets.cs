using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Directory.Territories;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

/// <summary>KOL evidence, prescribing, influence, territories, change requests and consent.</summary>
public partial class LiaisonDbContext
{
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationAuthor> PublicationAuthors => Set<PublicationAuthor>();
    public DbSet<ClinicalTrial> ClinicalTrials => Set<ClinicalTrial>();
    public DbSet<TrialInvestigator> TrialInvestigators => Set<TrialInvestigator>();
    public DbSet<EvidenceLink> EvidenceLinks => Set<EvidenceLink>();
    public DbSet<CongressPresentation> CongressPresentations => Set<CongressPresentation>();
    public DbSet<PrescribingRecord> PrescribingRecords => Set<PrescribingRecord>();
    public DbSet<InfluenceScore> InfluenceScores => Set<InfluenceScore>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<TerritoryRule> TerritoryRules => Set<TerritoryRule>();
    public DbSet<TerritoryAssignment> TerritoryAssignments => Set<TerritoryAssignment>();
    public DbSet<DataChangeRequest> DataChangeRequests => Set<DataChangeRequest>();
    public DbSet<HcpMerge> HcpMerges => Set<HcpMerge>();
    public DbSet<Consent> Consents => Set<Consent>();
}
