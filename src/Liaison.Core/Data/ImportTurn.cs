using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

/// <summary>
/// Imports of one kind running at once (two CLI processes, or the admin page and the CLI) take turns a write transaction
/// at a time, as SQLite's one write lock already makes them: on PostgreSQL each write transaction first takes an advisory
/// lock of its kind, held until it commits. An import decides insert or update from what it reads in that transaction,
/// so it sees the rows the other committed; without the turn both read a key as new, both inserted it and the later
/// one died on the unique index (23505).
/// </summary>
internal static class ImportTurn
{
    // "Liaison" then the kind: apart from the audit sealer's key ("Liaison" alone).
    public const long Directory = 0x4C_69_61_69_73_6F_6E_01;
    public const long PartD = 0x4C_69_61_69_73_6F_6E_02;
    public const long OpenPayments = 0x4C_69_61_69_73_6F_6E_03;
    /// <summary>PubMed and ClinicalTrials.gov records and the evidence links made from them.</summary>
    public const long Evidence = 0x4C_69_61_69_73_6F_6E_04;
    public const long Outcomes = 0x4C_69_61_69_73_6F_6E_05;

    /// <summary>The statement that waits for the turn of <paramref name="kind"/> inside the open transaction.</summary>
    public static string Sql(long kind) => $"SELECT pg_advisory_xact_lock({kind})";

    /// <summary>In <paramref name="db"/>'s open transaction: waits for this kind's turn (PostgreSQL; SQLite's transaction holds the write lock).</summary>
    public static async Task TakeAsync(LiaisonDbContext db, long kind, CancellationToken ct)
    {
        if (!db.IsSqlite) await db.Database.ExecuteSqlRawAsync(Sql(kind), ct);
    }
}
