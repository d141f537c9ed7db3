using Liaison.Core.MedicalInformation;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

public partial class LiaisonDbContext
{
    public DbSet<UnsolicitedRequest> UnsolicitedRequests => Set<UnsolicitedRequest>();
}
