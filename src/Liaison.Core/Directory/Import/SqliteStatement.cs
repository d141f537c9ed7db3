using System.Globalization;
using SQLitePCL;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// A prepared SQLite statement driven through SQLitePCLRaw directly: the import binds ~40 values per provider and
/// Microsoft.Data.Sqlite's per-command overhead would dominate. Values are written in EF Core's SQLite formats
/// (upper-case GUID text, yyyy-MM-dd dates, 'yyyy-MM-dd HH:mm:ss.FFFFFFF' instants).
/// </summary>
internal sealed class SqliteStatement(sqlite3 db, string sql) : IDisposable
{
    private readonly sqlite3_stmt _stmt = Prepare(db, sql);
    private int _next = 1;

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
        if (rc != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite prepare failed ({rc}): {raw.sqlite3_errmsg(db).utf8_to_string()} in {sql}");
        return stmt;
    }

    public SqliteStatement Text(string? value)
    {
        if (value is null) raw.sqlite3_bind_null(_stmt, _next++);
        else raw.sqlite3_bind_text16(_stmt, _next++, value.AsSpan());
        return this;
    }

    public SqliteStatement Guid(Guid value) => Text(value.ToString().ToUpperInvariant());
    public SqliteStatement Int(long value) { raw.sqlite3_bind_int64(_stmt, _next++, value); return this; }
    public SqliteStatement Bool(bool value) => Int(value ? 1 : 0);
    public SqliteStatement Bool(bool? value) => value is { } b ? Int(b ? 1 : 0) : Null();
    public SqliteStatement Real(double? value) { if (value is { } v) raw.sqlite3_bind_double(_stmt, _next++, v); else Null(); return this; }
    public SqliteStatement Date(DateOnly? value) => Text(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    public SqliteStatement Instant(DateTime value) => Text(value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
    public SqliteStatement Null() { raw.sqlite3_bind_null(_stmt, _next++); return this; }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_stmt);
        Reset();
        if (rc != raw.SQLITE_DONE) throw new InvalidOperationException($"SQLite step failed ({rc}): {raw.sqlite3_errmsg(db).utf8_to_string()}");
    }

    /// <summary>Steps to the next row: true while there is one. Call <see cref="Reset"/> when done.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) { Reset(); throw new InvalidOperationException($"SQLite step failed ({rc}): {raw.sqlite3_errmsg(db).utf8_to_string()}"); }
        return false;
    }

    public string? ColumnText(int i) =>
        raw.sqlite3_column_type(_stmt, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_stmt, i).utf8_to_string();

    public long ColumnInt(int i) => raw.sqlite3_column_int64(_stmt, i);

    public DateOnly? ColumnDate(int i) =>
        ColumnText(i) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public void Reset()
    {
        raw.sqlite3_reset(_stmt);
        raw.sqlite3_clear_bindings(_stmt);
        _next = 1;
    }

    public void Dispose() => raw.sqlite3_finalize(_stmt);
}
