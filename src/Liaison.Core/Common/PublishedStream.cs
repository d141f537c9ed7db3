using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Liaison.Core.Common;

/// <summary>
/// The text a published file holds, read forward: the file itself, its gzip-decompressed content, or one entry of a ZIP
/// archive, in constant memory. Damage met on the way (data that does not decompress, a gzip file cut off, a checksum or
/// length that does not match the archive's) ends the text where it is met, as a cut-off file ends, and is kept in
/// <see cref="Damage"/> for the importer to report after the rows before it: .NET's decompressors check neither a ZIP
/// entry's CRC nor whether a gzip stream was cut off, so both are checked here.
/// </summary>
public sealed class PublishedStream : Stream
{
    private readonly FileStream _file;
    private readonly ZipArchive? _archive;
    private readonly Stream _content;
    private readonly Crc32? _crc;
    private readonly (uint Crc, long Length)? _expected;
    private readonly string _format;
    private long _read;

    internal PublishedStream(FileStream file, ZipArchive? archive, Stream content, string? entry, (uint Crc, long Length)? expected, long total)
    {
        (_file, _archive, _content, Entry, _expected, Total) = (file, archive, content, entry, expected, total);
        _crc = expected is null ? null : new Crc32();
        _format = archive is not null ? $"the ZIP entry {entry}" : "the gzip data";
    }

    /// <summary>The ZIP entry read, or null for a plain or gzip file.</summary>
    public string? Entry { get; }

    /// <summary>Whether the text is decompressed on the way (a gzip file or a ZIP entry).</summary>
    public bool Compressed => !ReferenceEquals(_content, _file);

    /// <summary>What <see cref="Done"/> counts up to: a ZIP entry's text (its size is in the archive), else the file's bytes.</summary>
    public long Total { get; }

    /// <summary>How far the reading is, for progress: bytes of a ZIP entry's text, else bytes of the file (compressed for gzip).</summary>
    public long Done => _archive is not null ? _read : _file.Position;

    /// <summary>Why the text ended before the file's end, in words, or null.</summary>
    public string? Damage { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Damage is not null) return 0;
        int n;
        try { n = _content.Read(buffer); }
        catch (InvalidDataException) { return Damaged($"{_format} is damaged here: it does not decompress (a corrupted download?)"); }
        if (_crc is null) return n;
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _read += n;
            return n;
        }
        var (crc, length) = _expected!.Value;
        // gzip keeps the text's length modulo 2^32.
        var counted = _archive is null ? _read & uint.MaxValue : _read;
        if (counted != length)
            return Damaged($"{_format} ends here, before its end{(_archive is null ? "" : $" ({_read:N0} of its {length:N0} bytes)")}: the file is cut off or damaged");
        if (_crc.GetCurrentHashAsUInt32() == crc) return 0;
        // Read to its end, but somewhere not as written: which rows the damage changed cannot be told.
        Damage = $"{_format} does not match its checksum: the file is damaged somewhere; its records were imported as read, "
            + "and importing a fresh download corrects any the damage changed";
        return 0;
    }

    private int Damaged(string reason)
    {
        Damage = $"{reason}; the records before this line are kept, and importing a fresh download gives the rest";
        return 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => !Compressed;
    public override bool CanWrite => false;
    public override long Length => Compressed ? throw new NotSupportedException() : _file.Length;

    public override long Position
    {
        get => Compressed ? throw new NotSupportedException() : _file.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin) => Compressed ? throw new NotSupportedException() : _file.Seek(offset, origin);

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _content.Dispose();
            _archive?.Dispose();
            _file.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The CRC-32 and length (modulo 2^32) a gzip file's last 8 bytes give for its text.</summary>
    internal static (uint Crc, long Length) GzipTrailer(FileStream file)
    {
        Span<byte> trailer = stackalloc byte[8];
        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(trailer);
        file.Seek(0, SeekOrigin.Begin);
        return (BinaryPrimitives.ReadUInt32LittleEndian(trailer), BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
    }
}
