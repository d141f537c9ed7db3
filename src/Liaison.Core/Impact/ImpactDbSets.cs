using Liaison.Core.Impact;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

public partial class LiaisonDbContext
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeTarget> InitiativeTargets => Set<InitiativeTarget>();
    public DbSet<InitiativeExposureEvent> InitiativeExposureEvents => Set<InitiativeExposureEvent>();
    public DbSet<OutcomeDataset> OutcomeDatasets => Set<OutcomeDataset>();
    public DbSet<OutcomeObservation> OutcomeObservations => Set<OutcomeObservation>();
    public DbSet<SubjectCovariate> SubjectCovariates => Set<SubjectCovariate>();
}
