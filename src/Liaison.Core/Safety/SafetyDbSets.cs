using Liaison.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

public partial class LiaisonDbContext
{
    public DbSet<AdverseEventIntake> AdverseEventIntakes => Set<AdverseEventIntake>();
}
