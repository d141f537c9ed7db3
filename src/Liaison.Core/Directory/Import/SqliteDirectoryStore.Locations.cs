using Liaison.Core.Directory.Registry;
using static Liaison.Core.Directory.Import.DirectorySql;

namespace Liaison.Core.Directory.Import;

/// <summary>Secondary practice locations (NPPES pl_pfile): read and replaced per owner.</summary>
internal sealed partial class SqliteDirectoryStore
{
    public Task<Dictionary<Guid, List<AddressRecord>>> FindSecondaryLocationsAsync(IReadOnlyCollection<Guid> owners, bool organisations,
        CancellationToken ct)
    {
        var found = new Dictionary<Guid, List<AddressRecord>>();
        if (owners.Count > 0) RestoreOwnerIndexes();
        var s = For(organisations).FindSecondaryLocations;
        foreach (var id in owners)
        {
            s.Guid(id);
            List<AddressRecord>? locations = null;
            while (s.Step())
                (locations ??= []).Add(new AddressRecord(AddressKind.Other, s.ColumnText(0)!, s.ColumnText(1), s.ColumnText(2)!, s.ColumnText(3),
                    s.ColumnText(4), s.ColumnText(5)!, s.ColumnText(6), s.ColumnText(7)).Placed());
            s.Reset();
            if (locations is not null) found[id] = locations;
        }
        return Task.FromResult(found);
    }

    public Task ReplaceSecondaryLocationsAsync(IReadOnlyList<(Guid Owner, IReadOnlyList<AddressRecord> Locations)> owners, bool organisations,
        DateTime now, CancellationToken ct)
    {
        if (owners.Count == 0) return Task.CompletedTask;
        RestoreOwnerIndexes();
        var statements = For(organisations);
        foreach (var (id, locations) in owners)
        {
            statements.DeleteSecondaryLocations.Guid(id).Run();
            foreach (var a in locations) AddressRow(statements.InsertAddress, id, a, organisations).Run();
            statements.Touch.Instant(now).Guid(id).Run();
        }
        return Task.CompletedTask;
    }
}
