using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Advocacy;
using Liaison.Core.Engagement.Content;
using Liaison.Core.MedicalInformation;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>The demo's materials (one off-label, one expired, one in draft), advocates and unsolicited requests.</summary>
internal sealed record DemoLibrary(IReadOnlyDictionary<string, Guid> Materials, UnsolicitedRequest OffLabelRequest)
{
    public const string OncologyDeck = "MED-ONC-0001";
    public const string OncologyReprint = "MED-ONC-0002";
    public const string OncologyOffLabel = "MED-ONC-0003";
    public const string OncologyExpired = "MED-ONC-0004";
    public const string CardioDeck = "MED-CV-0001";
    public const string CardioDraft = "MED-CV-0002";
    public const string RareResponse = "MED-RARE-0001";

    public static async Task SeedAdvocatesAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (await db.PatientAdvocates.AnyAsync(ct)) return;
        (string Name, string Organisation)[] people =
        [
            ("Helen Marsh", "Pompe Families Alliance"), ("Luis Ortega", "Pompe Families Alliance"),
            ("Nadia Karim", "Heart Failure Patients Network"), ("Peter Lund", "Heart Failure Patients Network"),
            ("Sofia Brandt", "Breast Cancer Action Circle"), ("Wen Li", "Lung Cancer Voices"),
        ];
        foreach (var (name, organisation) in people)
            db.PatientAdvocates.Add(new PatientAdvocate { Id = Guid.CreateVersion7(), Name = name, Organisation = organisation, CreatedAt = db.UtcNow });
        await db.SaveChangesAsync(ct);
    }

    public static async Task<DemoLibrary> SeedAsync(LiaisonDbContext db, DemoCast cast, Random random, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(cast.Now);
        (string Code, string Title, string Product, ApprovalStatus Status, int ApprovedDaysAgo, int? ExpiresInDays, bool OffLabel, ContentAudience Audience)[] items =
        [
            (OncologyDeck, "Veltrisa in HER2-low metastatic breast cancer: scientific slide deck", "ONC-101", ApprovalStatus.Approved, 500, 400, false, ContentAudience.HealthcareProfessionals),
            (OncologyReprint, "Phase 3 DESTINY-like trial reprint (fictional)", "ONC-101", ApprovalStatus.Approved, 420, 300, false, ContentAudience.HealthcareProfessionals),
            (OncologyOffLabel, "Veltrisa in HER2-ultralow disease: exploratory data (off-label)", "ONC-101", ApprovalStatus.Approved, 450, 300, true, ContentAudience.HealthcareProfessionals),
            (OncologyExpired, "Oncavir EGFR deck, 2023 edition", "ONC-205", ApprovalStatus.Approved, 900, -30, false, ContentAudience.HealthcareProfessionals),
            (CardioDeck, "Cardiostat post-marketing safety update", "CV-420", ApprovalStatus.Approved, 480, 365, false, ContentAudience.HealthcareProfessionals),
            (CardioDraft, "Lipidra combination therapy deck (draft)", "CV-425", ApprovalStatus.Draft, 0, null, false, ContentAudience.HealthcareProfessionals),
            (RareResponse, "Lysoria home infusion: standard response", "RARE-310", ApprovalStatus.Approved, 400, 500, false, ContentAudience.HealthcareProfessionals),
        ];
        var ids = new Dictionary<string, Guid>();
        foreach (var m in items)
        {
            var bytes = Encoding.UTF8.GetBytes($"{m.Title}\nDocument {m.Code}, version 1.0.\nFictional material of the Liaison demo workspace.\n");
            var item = new ContentItem
            {
                Id = Guid.CreateVersion7(), Title = m.Title, DocumentCode = m.Code, VersionLabel = "1.0", ProductId = cast.Products[m.Product],
                Status = m.Status, ApprovedOn = m.Status == ApprovalStatus.Approved ? today.AddDays(-m.ApprovedDaysAgo) : null,
                ExpiresOn = m.ExpiresInDays is { } e ? today.AddDays(e) : null, OffLabel = m.OffLabel, Audience = m.Audience,
                FileName = m.Code.ToLowerInvariant() + ".txt", MediaType = "text/plain", SizeBytes = bytes.Length,
                Sha256 = ContentStore.Checksum(bytes), Storage = ContentStorage.Database, UploadedBy = "demo", CreatedAt = cast.Now,
            };
            db.ContentItems.Add(item);
            db.Add(new ContentFile { ContentItemId = item.Id, Bytes = bytes });
            ids[m.Code] = item.Id;
        }
        var requester = cast.Oncologists[random.Next(Math.Min(20, cast.Oncologists.Count))];
        var offLabel = new UnsolicitedRequest
        {
            Id = Guid.CreateVersion7(), RequesterHcpId = requester.Id, ProductId = cast.Products["ONC-101"], UnsolicitedAttested = true,
            Question = "Is there any data on Veltrisa in HER2-ultralow tumours? A patient of mine does not meet the label.",
            ReceivedAt = cast.Now.AddDays(-40), ReceivedById = cast.OncologyMsl, ReceivedBy = $"msl@{Core.Demo.DemoUsers.Domain}", CreatedAt = cast.Now.AddDays(-40),
        };
        db.UnsolicitedRequests.Add(offLabel);
        var cardioRequester = cast.Cardiologists[random.Next(cast.Cardiologists.Count)];
        db.UnsolicitedRequests.Add(new UnsolicitedRequest
        {
            Id = Guid.CreateVersion7(), RequesterHcpId = cardioRequester.Id, ProductId = cast.Products["CV-420"], UnsolicitedAttested = true,
            Question = "What is known about Cardiostat in patients on dialysis?", ReceivedAt = cast.Now.AddDays(-12),
            ReceivedById = cast.CardioMsl, ReceivedBy = $"msl2@{Core.Demo.DemoUsers.Domain}", CreatedAt = cast.Now.AddDays(-12),
        });
        await db.SaveChangesAsync(ct);
        return new DemoLibrary(ids, offLabel);
    }
}
