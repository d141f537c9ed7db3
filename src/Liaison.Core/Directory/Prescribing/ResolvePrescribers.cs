using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// Points Part D rows at the directory's HCP with the same NPI, for rows imported before the HCP was (set-based;
/// derived bookkeeping of unaudited reference data).
/// </summary>
public static class ResolvePrescribers
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public Task<int> Handle(CancellationToken ct) =>
            db.PrescribingRecords.Where(r => r.HcpId == null && db.Hcps.Any(h => h.Npi == r.Npi))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.HcpId, r => db.Hcps.Where(h => h.Npi == r.Npi).Select(h => (Guid?)h.Id).First()), ct);
    }
}
