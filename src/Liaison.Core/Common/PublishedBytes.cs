namespace Liaison.Core.Common;

/// <summary>A file read whole, decompressed as <see cref="PublishedFile"/> opens it: for formats parsed as one document (a FHIR Bundle, an NPI Registry answer).</summary>
public static class PublishedBytes
{
    public static byte[] ReadAll(string path)
    {
        using var stream = PublishedFile.Open(path);
        if (!stream.Compressed) return File.ReadAllBytes(path);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}

/// <summary>The physical line (from 1) of byte offsets met in increasing order, counting each byte once (counting from the start for every entry was quadratic).</summary>
internal sealed class LineCounter(byte[] bytes)
{
    private long _offset, _line = 1;

    public long At(long offset)
    {
        _line += bytes.AsSpan((int)_offset, (int)(offset - _offset)).Count((byte)'\n');
        _offset = offset;
        return _line;
    }
}
