using Liaison.Core.Compliance.Audit;

namespace Liaison.Core.Directory.Import;

/// <summary>Nameless records an organisation replaces (<see cref="NamelessRecords"/>), and the audit entries of the replacement.</summary>
internal sealed partial class SqliteDirectoryStore
{
    // The transaction holds SQLite's write lock (BEGIN IMMEDIATE): nothing can come to refer to a record between the count and the removal.
    public Task<Dictionary<string, NamelessRecord>> FindNamelessAsync(IReadOnlyList<string> npis, CancellationToken ct)
    {
        var found = new Dictionary<string, NamelessRecord>(StringComparer.Ordinal);
        if (npis.Count == 0) return Task.FromResult(found);
        var find = S($"SELECT id, deactivated_on, deactivation_reason, reactivated_on FROM hcps WHERE npi = ?1 AND {NamelessRecords.Condition}");
        foreach (var npi in npis)
        {
            ExistingProvider? record = find.Text(npi).Step()
                ? new(System.Guid.Parse(find.ColumnText(0)!), 0, find.ColumnDate(1), find.ColumnText(2), find.ColumnDate(3))
                : null;
            find.Reset();
            if (record is not null) found[npi] = new NamelessRecord(record, References(record.Id));
        }
        return Task.FromResult(found);
    }

    private Dictionary<string, long> References(Guid id)
    {
        if (_references.Count == 0) return [];
        var count = S(NamelessRecords.ReferenceCountSql(_references, "?1")).Guid(id);
        var rows = new List<(int, long)>();
        while (count.Step()) rows.Add(((int)count.ColumnInt(0), count.ColumnInt(1)));
        count.Reset();
        return NamelessRecords.Summarise(_references, rows);
    }

    public Task RemoveNamelessAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return Task.CompletedTask;
        RestoreOwnerIndexes();
        foreach (var id in ids)
            foreach (var sql in NamelessRecords.RemovalSql("= ?1")) S(sql).Guid(id).Run();
        return Task.CompletedTask;
    }

    public Task RecordAuditAsync(IReadOnlyList<AuditChange> changes, DateTime now, CancellationToken ct)
    {
        foreach (var e in AuditTrail.Unsealed(changes, _actor, now))
            S($"INSERT INTO audit_entries ({AuditColumns}) VALUES ({DirectorySql.Parameters(DirectorySql.Count(AuditColumns))})")
                .Guid(e.Id).Instant(e.At).Text(e.ActorId).Text(e.Actor).Text(e.Entity).Text(e.EntityKey).Text(e.Action).Text(e.Reason)
                .Text(e.OldValues).Text(e.NewValues).Run();
        return Task.CompletedTask;
    }

    private const string AuditColumns = "id, at, actor_id, actor, entity, entity_key, action, reason, old_values, new_values";
}
