using System.Globalization;
using System.Text;
using SQLitePCL;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// A prepared SQLite statement driven through SQLitePCLRaw directly: the import binds ~40 values per provider and
/// Microsoft.Data.Sqlite's per-command overhead would dominate. Text is bound as UTF-8 (the database's encoding, so
/// SQLite does not convert it again) from a reused buffer. Values are written in EF Core's SQLite formats
/// (upper-case GUID text, yyyy-MM-dd dates, 'yyyy-MM-dd HH:mm:ss.FFFFFFF' instants).
/// </summary>
internal sealed class SqliteStatement : IRowWriter<SqliteStatement>, IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    // The raw handle, for the native calls of the hot path; valid as long as _stmt is (this object finalizes it).
    private readonly nint _handle;
    private byte[] _utf8 = new byte[256];
    private int _next = 1;
    private DateTime _instant;
    private byte[] _instantText = [];

    public SqliteStatement(sqlite3 db, string sql)
    {
        _db = db;
        _stmt = Prepare(db, sql);
        _handle = _stmt.DangerousGetHandle();
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
        if (rc != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite prepare failed ({rc}): {raw.sqlite3_errmsg(db).utf8_to_string()} in {sql}");
        return stmt;
    }

    public SqliteStatement Text(string? value)
    {
        if (value is null) return Null();
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < max) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var n = Encoding.UTF8.GetBytes(value, _utf8);
        return Utf8(_utf8.AsSpan(0, n));
    }

    public SqliteStatement Guid(Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        System.Text.Ascii.ToUpperInPlace(text, out _);
        return Utf8(text);
    }

    public SqliteStatement Int(long value)
    {
        if (SqliteNative.Available) SqliteNative.sqlite3_bind_int64(_handle, _next++, value);
        else raw.sqlite3_bind_int64(_stmt, _next++, value);
        return this;
    }
    public SqliteStatement Int32(int value) => Int(value);
    public SqliteStatement Bool(bool value) => Int(value ? 1 : 0);
    public SqliteStatement Bool(bool? value) => value is { } b ? Int(b ? 1 : 0) : Null();
    public SqliteStatement Real(double? value)
    {
        if (value is not { } v) return Null();
        if (SqliteNative.Available) SqliteNative.sqlite3_bind_double(_handle, _next++, v);
        else raw.sqlite3_bind_double(_stmt, _next++, v);
        return this;
    }

    public SqliteStatement Date(DateOnly? value)
    {
        if (value is not { } d) return Null();
        Span<byte> text = stackalloc byte[10];
        d.TryFormat(text, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Utf8(text[..n]);
    }

    /// <summary>An import stamps every row with the same instant: it is formatted once.</summary>
    public SqliteStatement Instant(DateTime value)
    {
        if (value != _instant || _instantText.Length == 0)
            (_instant, _instantText) = (value, Encoding.UTF8.GetBytes(value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)));
        return Utf8(_instantText);
    }

    public SqliteStatement Null()
    {
        if (SqliteNative.Available) SqliteNative.sqlite3_bind_null(_handle, _next++);
        else raw.sqlite3_bind_null(_stmt, _next++);
        return this;
    }

    private SqliteStatement Utf8(ReadOnlySpan<byte> text)
    {
        if (SqliteNative.Available) SqliteNative.BindText(_handle, _next++, text);
        else raw.sqlite3_bind_text(_stmt, _next++, text);
        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Run()
    {
        var rc = SqliteNative.Available ? SqliteNative.sqlite3_step(_handle) : raw.sqlite3_step(_stmt);
        Reset();
        if (rc != raw.SQLITE_DONE) throw new InvalidOperationException($"SQLite step failed ({rc}): {raw.sqlite3_errmsg(_db).utf8_to_string()}");
    }

    /// <summary>Steps to the next row: true while there is one. Call <see cref="Reset"/> when done.</summary>
    public bool Step()
    {
        var rc = SqliteNative.Available ? SqliteNative.sqlite3_step(_handle) : raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) { Reset(); throw new InvalidOperationException($"SQLite step failed ({rc}): {raw.sqlite3_errmsg(_db).utf8_to_string()}"); }
        return false;
    }

    public string? ColumnText(int i) =>
        raw.sqlite3_column_type(_stmt, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_stmt, i).utf8_to_string();

    public long ColumnInt(int i) => raw.sqlite3_column_int64(_stmt, i);

    public DateOnly? ColumnDate(int i) =>
        ColumnText(i) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>Ready for the next use. Every use binds every parameter, so old bindings need no clearing.</summary>
    public void Reset()
    {
        if (SqliteNative.Available) SqliteNative.sqlite3_reset(_handle);
        else raw.sqlite3_reset(_stmt);
        _next = 1;
    }

    public void Dispose() => raw.sqlite3_finalize(_stmt);
}
