using Liaison.Core.Data;
using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Demo;

/// <summary>The fictional company's therapeutic areas and products.</summary>
public sealed class DemoProducts(LiaisonDbContext db) : IDemoContribution
{
    public static readonly IReadOnlyList<(string Code, string Name, string Description)> Areas =
    [
        ("ONC", "Oncology", "Solid tumours and haematological malignancies."),
        ("RARE", "Rare diseases", "Inherited metabolic and neuromuscular disorders."),
        ("CV", "Cardiovascular", "Heart failure, hypertension and dyslipidaemia."),
    ];

    public static readonly IReadOnlyList<(string Code, string Name, string Generic, string Area, string Indications)> Items =
    [
        ("ONC-101", "Veltrisa", "veltuzimab", "ONC", "Second-line treatment of adults with HER2-low metastatic breast cancer."),
        ("ONC-205", "Oncavir", "onacitinib", "ONC", "First-line treatment of adults with EGFR-mutant non-small-cell lung cancer."),
        ("RARE-310", "Lysoria", "alglucerase beta", "RARE", "Long-term enzyme replacement therapy in adults with Pompe disease."),
        ("CV-420", "Cardiostat", "cardibrutinib", "CV", "Chronic heart failure with reduced ejection fraction (NYHA II–IV)."),
        ("CV-425", "Lipidra", "lipidrastat", "CV", "Primary hypercholesterolaemia as an adjunct to diet."),
    ];

    public int Order => 10;
    public string Name => "products";

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        if (await db.TherapeuticAreas.AnyAsync(ct)) return;
        var areas = Areas.ToDictionary(a => a.Code, a => new TherapeuticArea
            { Id = Guid.CreateVersion7(), Code = a.Code, Name = a.Name, Description = a.Description });
        db.TherapeuticAreas.AddRange(areas.Values);
        foreach (var p in Items)
            db.Products.Add(new Product
            {
                Id = Guid.CreateVersion7(), Code = p.Code, Name = p.Name, GenericName = p.Generic,
                TherapeuticAreaId = areas[p.Area].Id, ApprovedIndications = p.Indications, CreatedAt = db.UtcNow,
            });
        await db.SaveChangesAsync(ct);
    }
}
