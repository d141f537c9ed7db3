using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Liaison.Core.Common;

/// <summary>
/// The text of a gzip file, member after member: RFC 1952 §2.2 lets members follow one another, and gzip(1) reads
/// <c>cat a.gz b.gz</c> as the two texts joined, so this does too. Each member's text is checked against its own trailer
/// (CRC-32 and length), which .NET's decompressor does not do: the first member whose text ends without its trailer
/// (cut off) or with another one (damaged) ends the text there, the reason kept in <see cref="Damage"/>.
/// </summary>
internal sealed class GzipMembers : ForwardReadStream
{
    private const byte HeaderCrc = 2, Extra = 4, Name = 8, Comment = 16;
    private readonly FileStream _file;
    private readonly Input _input;
    private readonly Crc32 _crc = new();
    private DeflateStream? _member;
    private long _length;
    private bool _begun;

    public GzipMembers(FileStream file) => (_file, _input) = (file, new Input(file));

    /// <summary>Why the text ended before the file did (<see cref="PublishedStream"/>'s words), or null.</summary>
    public string? Damage { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (!_begun)
        {
            _begun = true;
            Begin();
        }
        while (_member is not null)
        {
            var n = _member.Read(buffer);
            if (n > 0)
            {
                _crc.Append(buffer[..n]);
                _length += n;
                return n;
            }
            End();
        }
        return 0;
    }

    /// <summary>Starts the member whose header is at the file's position; an incomplete header is a cut-off file.</summary>
    private void Begin()
    {
        Span<byte> fixedPart = stackalloc byte[10];
        if (_file.ReadAtLeast(fixedPart, 10, throwOnEndOfStream: false) < 10 || !SkipOptional(fixedPart[3]))
        {
            Stop(PublishedStream.CutOff(Format, null));
            return;
        }
        if (fixedPart[0] != 0x1F || fixedPart[1] != 0x8B || fixedPart[2] != 8)
            throw new InvalidDataException("a gzip member's header is not gzip's (deflate) header");
        _member = new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true);
        (_length, _input.LastReadAt) = (0, _file.Position);
        _crc.Reset();
    }

    /// <summary>Skips the header's optional fields (RFC 1952 §2.3.1); false when the file ends inside them.</summary>
    private bool SkipOptional(byte flags)
    {
        if ((flags & Extra) != 0)
        {
            Span<byte> size = stackalloc byte[2];
            if (_file.ReadAtLeast(size, 2, throwOnEndOfStream: false) < 2) return false;
            _file.Seek(BinaryPrimitives.ReadUInt16LittleEndian(size), SeekOrigin.Current);
        }
        foreach (var zeroEnded in new[] { Name, Comment })
            if ((flags & zeroEnded) != 0)
                while (_file.ReadByte() is var b && b != 0)
                    if (b < 0) return false;
        if ((flags & HeaderCrc) != 0) _file.Seek(2, SeekOrigin.Current);
        return _file.Position <= _file.Length;
    }

    /// <summary>
    /// The member's deflate data has ended: its trailer is found where the data ended (in the last input read, or just
    /// after it: the decompressor reads ahead), and the next member, if any, begins after it.
    /// </summary>
    private void End()
    {
        _member!.Dispose();
        _member = null;
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, _crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)_length);
        var from = _input.LastReadAt;
        var window = new byte[(int)Math.Min(_file.Length - from, _file.Position - from + 8)];
        _file.Position = from;
        _file.ReadExactly(window);
        var at = window.AsSpan().IndexOf(trailer);
        if (at < 0)
        {
            Stop(Mismatch(window));
            return;
        }
        _file.Position = from + at + 8;
        if (_file.Position < _file.Length) Begin();
    }

    /// <summary>
    /// No trailer of this text where its data ended: a file that ends there was cut off, unless its last 8 bytes give this
    /// text's length (its data damaged, not its end); one that goes on holds a member damaged somewhere.
    /// </summary>
    private string Mismatch(ReadOnlySpan<byte> window)
    {
        var atEnd = _input.LastReadAt + window.Length == _file.Length;
        var cut = atEnd && (window.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(window[^4..]) != (uint)_length);
        return cut ? PublishedStream.CutOff(Format, null) : PublishedStream.Mismatch(Format);
    }

    private void Stop(string damage) => (Damage, _member) = (damage, null);

    private const string Format = "the gzip data";

    protected override void Dispose(bool disposing)
    {
        if (disposing) _member?.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>The file as the decompressor reads it, remembering where its last read began.</summary>
    private sealed class Input(FileStream file) : ForwardReadStream
    {
        public long LastReadAt { get; set; }

        public override int Read(Span<byte> buffer)
        {
            LastReadAt = file.Position;
            return file.Read(buffer);
        }
    }
}
