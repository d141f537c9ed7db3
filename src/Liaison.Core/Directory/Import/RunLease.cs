using System.Security.Cryptography;
using System.Text;
using Liaison.Core.Data;
using Npgsql;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// One import's claim on a file (its kind and fingerprint) while it runs. A second import of the same file, from this
/// process or another, is refused while the first is live: it would resume the first's unfinished run as if it had
/// stopped, both writing its checkpoint and adding to its counts. The claim ends with its holder, however that ends,
/// so a re-run after a killed import resumes it: on PostgreSQL a session's advisory lock, on SQLite an exclusive lock
/// on a small file beside the database (<c>liaison.db-import-locks/</c>; the files are kept, since one deleted while
/// another process waits to lock it would let two imports each lock a file of that name).
/// </summary>
internal sealed class RunLease : IAsyncDisposable
{
    // "Liai": the two-key advisory lock space, apart from ImportTurn's and the audit sealer's one-key locks.
    private const int LockClass = 0x4C_69_61_69;

    private readonly FileStream? _file;
    private readonly NpgsqlConnection? _session;
    private readonly int _key;

    private RunLease(FileStream? file, NpgsqlConnection? session, int key) => (_file, _session, _key) = (file, session, key);

    /// <summary>The claim, or null if another import of this file holds it now.</summary>
    public static async Task<RunLease?> TryTakeAsync(WorkspaceDatabase database, string kind, string fingerprint, CancellationToken ct)
    {
        var key = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{fingerprint}")));
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var session = new NpgsqlConnection(database.ConnectionString);
            await session.OpenAsync(ct);
            await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@c, @k)", session);
            take.Parameters.AddWithValue("c", LockClass);
            take.Parameters.AddWithValue("k", key);
            if (await take.ExecuteScalarAsync(ct) is true) return new RunLease(null, session, key);
            await session.DisposeAsync();
            return null;
        }
        if (database.SqliteFile is not { Length: > 0 } file || file == ":memory:") return new RunLease(null, null, key);
        var folder = System.IO.Directory.CreateDirectory(Path.GetFullPath(file) + "-import-locks").FullName;
        try
        {
            return new RunLease(new FileStream(Path.Combine(folder, $"{kind}-{fingerprint[..16]}.lock"), FileMode.OpenOrCreate,
                FileAccess.ReadWrite, FileShare.None), null, key);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null) await _file.DisposeAsync();
        if (_session is null) return;
        try
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@c, @k)", _session);
            release.Parameters.AddWithValue("c", LockClass);
            release.Parameters.AddWithValue("k", _key);
            await release.ExecuteScalarAsync();
        }
        finally
        {
            await _session.DisposeAsync();
        }
    }
}
