using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Directory;

/// <summary>
/// The widths the NPPES importer checks row by row are the columns' own (a wider check lets a value through to fail the
/// import on PostgreSQL; a narrower one refuses good rows): each is compared with the EF model's maximum length.
/// </summary>
public sealed class NppesFieldWidthsTests
{
    [Fact]
    public void Every_checked_width_is_the_width_of_the_column_that_stores_the_field()
    {
        var layout = NppesLayout.From(NppesRows.Header).Layout!;
        var checkedWidths = NppesFieldWidths.Of(layout).ToDictionary(w => w.Column, w => w.Max);
        var stored = new List<(int Column, Type Entity, string Property)>
        {
            (layout.OrganisationName, typeof(Organisation), nameof(Organisation.Name)),
            (layout.OtherOrganisationName, typeof(Organisation), nameof(Organisation.OtherName)),
            (layout.ParentOrganisationName, typeof(Organisation), nameof(Organisation.ParentName)),
            (layout.LastName, typeof(Hcp), nameof(Hcp.LastName)),
            (layout.FirstName, typeof(Hcp), nameof(Hcp.FirstName)),
            (layout.MiddleName, typeof(Hcp), nameof(Hcp.MiddleName)),
            (layout.NamePrefix, typeof(Hcp), nameof(Hcp.NamePrefix)),
            (layout.NameSuffix, typeof(Hcp), nameof(Hcp.NameSuffix)),
            (layout.Credential, typeof(Hcp), nameof(Hcp.Credentials)),
            (layout.OtherLastName, typeof(Hcp), nameof(Hcp.OtherLastName)),
            (layout.OtherFirstName, typeof(Hcp), nameof(Hcp.OtherFirstName)),
            (layout.DeactivationReason, typeof(Hcp), nameof(Hcp.DeactivationReason)),
        };
        foreach (var a in new[] { layout.Mailing, layout.Practice })
            stored.AddRange([
                (a.Line1, typeof(HcpAddress), nameof(HcpAddress.Line1)), (a.Line2, typeof(HcpAddress), nameof(HcpAddress.Line2)),
                (a.City, typeof(HcpAddress), nameof(HcpAddress.City)), (a.State, typeof(HcpAddress), nameof(HcpAddress.State)),
                (a.PostalCode, typeof(HcpAddress), nameof(HcpAddress.PostalCode)), (a.Country, typeof(HcpAddress), nameof(HcpAddress.Country)),
                (a.Phone, typeof(HcpAddress), nameof(HcpAddress.Phone)), (a.Fax, typeof(HcpAddress), nameof(HcpAddress.Fax)),
            ]);
        foreach (var t in layout.Taxonomies)
            stored.AddRange([(t.License, typeof(HcpTaxonomy), nameof(HcpTaxonomy.LicenseNumber)), (t.LicenseState, typeof(HcpTaxonomy), nameof(HcpTaxonomy.LicenseState))]);

        var model = Model();
        Assert.Equal(stored.Count, checkedWidths.Count);
        foreach (var (column, entity, property) in stored)
        {
            var width = model.FindEntityType(entity)!.FindProperty(property)!.GetMaxLength();
            Assert.True(checkedWidths.TryGetValue(column, out var max), $"{NppesRows.Header[column]} is not checked");
            Assert.True(width == max, $"{NppesRows.Header[column]}: checked at {max}, stored in {entity.Name}.{property} of {width}");
        }
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel Model()
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        new WorkspaceDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:").Configure(options);
        using var db = new LiaisonDbContext(options.Options).LendTo(TimeProvider.System, new FixedActor(Actor.System("test")));
        return db.Model;
    }
}
