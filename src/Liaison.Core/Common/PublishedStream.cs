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
        catch (InvalidDataException)
        {
            Damage = CutOff(_format, "is damaged here: it does not decompress (a corrupted download?)");
            return 0;
        }
        if (n > 0)
        {
            _crc?.Append(buffer[..n]);
            _read += n;
            return n;
        }
        Damage = _content is GzipMembers gzip ? gzip.Damage : EntryDamage();
        return 0;
    }

    /// <summary>Whether a ZIP entry read to its end has the length and CRC-32 its archive gives.</summary>
    private string? EntryDamage()
    {
        if (_expected is not { } expected) return null;
        if (_read != expected.Length) return CutOff(_format, $"ends here, before its end ({_read:N0} of its {expected.Length:N0} bytes): the file is cut off or damaged");
        return _crc!.GetCurrentHashAsUInt32() == expected.Crc ? null : Mismatch(_format);
    }

    /// <summary>Damage that ends the text where it is met: the records before it stand.</summary>
    /// <param name="what">What happened there; null for a text that ends before its end.</param>
    internal static string CutOff(string format, string? what) =>
        $"{format} {what ?? "ends here, before its end: the file is cut off or damaged"}; the records before this line are kept, "
        + "and importing a fresh download gives the rest";

    /// <summary>A text read to its end, but somewhere not as written: which rows the damage changed cannot be told.</summary>
    internal static string Mismatch(string format) =>
        $"{format} does not match its checksum: the file is damaged somewhere; its records were imported as read, "
        + "and importing a fresh download corrects any the damage changed";

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
}
