using Liaison.Core.Compliance.Audit;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Upserts a batch by NPI: new providers are inserted, changed ones (another content hash) rewritten, unchanged
/// ones left alone; a deactivation-only row moves only the deactivation. Erased NPIs are skipped. A batch gives each
/// provider once: the sources keep the first record of a provider their file gives (<see cref="NpiSet"/>, <see cref="GivenProviders"/>).
/// </summary>
internal static class BatchUpsert
{
    /// <param name="runId">The import run the batch belongs to, which records its resources' references (FHIR); null for the demo's seed.</param>
    public static async Task<BatchCounts> WriteAsync(IDirectoryStore store, ImportBatch batch, Guid? runId, ErasedNpiFilter erased,
        DateTime now, CancellationToken ct)
    {
        var counts = new BatchCounts { Rejected = batch.Errors.Count, Unchanged = batch.ContainedCopies };
        counts.Errors.AddRange(batch.Errors);
        // Deactivation-only rows carry no entity type: they go with the people and look among organisations too.
        await WriteKindAsync(store, batch.Records.Where(r => !r.IsOrganisation).ToList(), false, erased, runId, counts, now, ct);
        await WriteKindAsync(store, batch.Records.Where(r => r.IsOrganisation).ToList(), true, erased, runId, counts, now, ct);
        IReadOnlyList<AffiliationRecord> links = batch.Affiliations;
        if (runId is { } run)
        {
            // A role reaches resources before it in the file: those read in this process, else those imported before (earlier
            // batches of the run, before a resumed run's checkpoint, earlier runs); this batch's references are recorded after.
            // An erased person's NPI is not recorded: a reference to it points nowhere.
            links = await FhirReferences.ResolveCommittedAsync(store, links, ct);
            await store.SaveReferencesAsync(run, batch.References
                .Where(r => r.System != FhirProviderMapper.NpiSystem || !erased.IsErased(r.Value)).ToList(), ct);
        }
        await AffiliationUpsert.WriteAsync(store, links, counts, now, DirectorySource.Fhir, ct);
        await PracticeLocationUpsert.WriteAsync(store, batch.Locations, erased, counts, now, ct);
        return counts;
    }

    private static async Task WriteKindAsync(IDirectoryStore store, List<ProviderRecord> records, bool organisations,
        ErasedNpiFilter erased, Guid? runId, BatchCounts counts, DateTime now, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var existing = await store.FindAsync(records, organisations, ct);
        // A deactivation-only row may concern an organisation: look there too before calling it unknown.
        var deactivationOnly = records.Where(r => r.DeactivationOnly).ToList();
        var orgDeactivations = !organisations && deactivationOnly.Count > 0
            ? await store.FindAsync(deactivationOnly, organisations: true, ct)
            : [];
        // An organisation new to the directory may be held as the nameless record of a deactivation-only row: it takes its place.
        var nameless = organisations
            ? await store.FindNamelessAsync(records.Where(r => r.Npi is { } npi && !existing.ContainsKey(npi)).Select(r => r.Npi!).ToList(), ct)
            : [];

        var inserts = new List<(Guid, ProviderRecord)>();
        var updates = new List<(Guid, ProviderRecord)>();
        var deactivations = new List<(Guid, ProviderRecord)>();
        var orgDeactivationUpdates = new List<(Guid, ProviderRecord)>();
        var replaced = new List<Guid>();
        var audit = new List<AuditChange>();
        foreach (var r in records)
        {
            var key = ProviderKey.Of(r);
            if (r.Npi is not null && erased.IsErased(r.Npi)) { counts.Unchanged++; continue; }
            if (r.DeactivationOnly)
            {
                var target = existing.TryGetValue(key, out var p) ? (p, deactivations) : orgDeactivations.TryGetValue(key, out var o) ? (o, orgDeactivationUpdates) : default;
                if (target.Item1 is null)
                {
                    // An NPI the directory has not seen, known only as deactivated: kept as a record of its own (with the
                    // people, no name: the registry gives none), so the deactivation is recorded and a later full row for
                    // the NPI (a reactivation) updates it, or replaces it with an organisation (NamelessRecords). Every valid
                    // row of a first import is then imported.
                    inserts.Add((ImportIds.Next(), r));
                    counts.Imported++;
                    counts.Deactivated++;
                    continue;
                }
                if (IsKnown(target.Item1, r)) { counts.Unchanged++; continue; }
                target.Item2.Add((target.Item1.Id, r));
                CountStatusChange(target.Item1, r, counts);
                counts.Updated++;
                continue;
            }
            if (!existing.TryGetValue(key, out var found))
            {
                var id = ImportIds.Next();
                if (nameless.TryGetValue(key, out var placeholder))
                {
                    if (placeholder.References.Count > 0) { Reject(counts, NamelessRecords.Kept(r, placeholder)); continue; }
                    replaced.Add(placeholder.Record.Id);
                    audit.AddRange(NamelessRecords.Replaced(placeholder, id, r, runId));
                    inserts.Add((id, r));
                    // The NPI was held: its record changes kind, as a person's full row fills the record in.
                    CountStatusChange(placeholder.Record, r, counts);
                    counts.Updated++;
                    continue;
                }
                inserts.Add((id, r));
                counts.Imported++;
                if (r.DeactivatedOn is not null) counts.Deactivated++;
                continue;
            }
            if (found.ContentHash == r.ContentHash) { counts.Unchanged++; continue; }
            updates.Add((found.Id, r));
            CountStatusChange(found, r, counts);
            counts.Updated++;
        }
        await store.RemoveNamelessAsync(replaced, ct);
        await store.InsertAsync(inserts, organisations, now, ct);
        await store.UpdateAsync(updates, organisations, now, ct);
        await store.SetDeactivationAsync(deactivations, organisations, now, ct);
        await store.SetDeactivationAsync(orgDeactivationUpdates, organisations: true, now, ct);
        await store.RecordAuditAsync(audit, now, ct);
    }

    /// <summary>
    /// A deactivation-only row that tells nothing new: the same deactivation, or one the stored reactivation already
    /// followed (a full row reactivates an NPI after its deactivation; an older file imported again must not undo that).
    /// </summary>
    private static bool IsKnown(ExistingProvider stored, ProviderRecord row) =>
        (stored.DeactivatedOn == row.DeactivatedOn && stored.ReactivatedOn == row.ReactivatedOn && stored.DeactivationReason == row.DeactivationReason)
        || (row.ReactivatedOn is null && stored.ReactivatedOn is { } reactivated && row.DeactivatedOn <= reactivated);

    private static void CountStatusChange(ExistingProvider before, ProviderRecord after, BatchCounts counts)
    {
        if (after.DeactivatedOn is not null && after.DeactivatedOn != before.DeactivatedOn) counts.Deactivated++;
        if (after.ReactivatedOn is not null && after.ReactivatedOn != before.ReactivatedOn) counts.Reactivated++;
    }

    internal static void Reject(BatchCounts counts, RowError error)
    {
        counts.Rejected++;
        counts.Errors.Add(error);
    }
}
