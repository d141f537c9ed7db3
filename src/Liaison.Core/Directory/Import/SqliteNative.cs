using System.Runtime.InteropServices;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// The few SQLite calls an import makes millions of times (bind, step, reset), straight into the e_sqlite3 library
/// that Microsoft.Data.Sqlite loads: SQLitePCLRaw's safe-handle and provider layers double the cost of each bind.
/// Only when that library is the one in use; otherwise the statement goes through SQLitePCLRaw.
/// </summary>
internal static class SqliteNative
{
    private const string Library = "e_sqlite3";
    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns, so the buffer can be reused.</summary>
    private const nint Transient = -1;

    public static readonly bool Available = DetectLibrary();

    private static bool DetectLibrary()
    {
        try
        {
            return SQLitePCL.raw.GetNativeLibraryName() == Library && sqlite3_libversion_number() == SQLitePCL.raw.sqlite3_libversion_number();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    public static int BindText(nint stmt, int index, ReadOnlySpan<byte> utf8) =>
        sqlite3_bind_text(stmt, index, ref MemoryMarshal.GetReference(utf8), utf8.Length, Transient);

    [DllImport(Library)] private static extern int sqlite3_libversion_number();
    [DllImport(Library)] private static extern int sqlite3_bind_text(nint stmt, int index, ref byte text, int length, nint destructor);
    [DllImport(Library)] public static extern int sqlite3_bind_int64(nint stmt, int index, long value);
    [DllImport(Library)] public static extern int sqlite3_bind_double(nint stmt, int index, double value);
    [DllImport(Library)] public static extern int sqlite3_bind_null(nint stmt, int index);
    [DllImport(Library)] public static extern int sqlite3_step(nint stmt);
    [DllImport(Library)] public static extern int sqlite3_reset(nint stmt);
}
