using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Liaison.Core.Impact.Engine;

/// <summary>What a pass over <c>outcomes.csv</c> hands each line to, in file order within a part of the file.</summary>
internal interface IOutcomeRows
{
    /// <summary>
    /// The lines that follow are this subject's (called when the id differs from the previous line's); false when
    /// its lines are not wanted, which are then not parsed further.
    /// </summary>
    bool Subject(ReadOnlySpan<byte> id);

    /// <summary>A good line of the current subject.</summary>
    void Row(int month, long events, double exposure);

    /// <summary>A line that breaks a rule of the contract (the locator names it later).</summary>
    void Bad();
}

/// <summary>
/// One parallel pass over the data lines of <c>outcomes.csv</c>. The file is cut into parts of about
/// <see cref="PartBytes"/> at line ends; worker w of W reads parts w, w + W, w + 2W… in file order into an
/// <see cref="IOutcomeRows"/> of its own, which the caller merges in worker order: on a given machine the sums are added
/// in the same order on every run. Lines are taken as UTF-8 bytes and parsed in place (<see cref="Utf8Fields"/>).
/// </summary>
internal sealed class OutcomeFileScan
{
    public const int PartBytes = 32 << 20;
    private readonly string _path;
    private readonly int _partBytes;
    private readonly long _dataStart;
    private readonly int _fields;
    private readonly int[] _columns; // subject_id, period, events, exposure

    public OutcomeFileScan(string path, long dataStart, int fields, int[] columns, int partBytes = PartBytes) =>
        (_path, _dataStart, _fields, _columns, _partBytes) = (path, dataStart, fields, columns, partBytes);

    /// <summary>One <see cref="IOutcomeRows"/> per worker, in worker order.</summary>
    public T[] Run<T>(Func<T> create, CancellationToken ct) where T : class, IOutcomeRows
    {
        using var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = Math.Max(RandomAccess.GetLength(file), _dataStart);
        var parts = (int)Math.Clamp((length - _dataStart) / _partBytes + 1, 1, 4096);
        var workers = Math.Min(parts, Environment.ProcessorCount);
        var sinks = new T[workers];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = workers }, w =>
        {
            var rows = sinks[w] = create();
            for (var p = w; p < parts; p += workers)
            {
                ct.ThrowIfCancellationRequested();
                var from = _dataStart + (length - _dataStart) * p / parts;
                var to = _dataStart + (length - _dataStart) * (p + 1) / parts;
                new Reader(this, file, rows).Read(from, to, p == 0);
            }
        });
        return sinks;
    }

    private sealed class Reader(OutcomeFileScan scan, SafeFileHandle file, IOutcomeRows rows)
    {
        private readonly Utf8Fields _fields = new(scan._fields);
        private byte[] _subject = new byte[64];
        private int _subjectLength = -1;
        private bool _wanted;

        /// <summary>Lines that start in [from, to); a part other than the first begins after the line end before it.</summary>
        public void Read(long from, long to, bool first)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
            try
            {
                var offset = first ? from : from - 1; // file offset of buffer[0]
                int count = 0, at = 0;
                var skipping = !first;
                while (true)
                {
                    if (at > 0)
                    {
                        buffer.AsSpan(at, count - at).CopyTo(buffer);
                        offset += at;
                        count -= at;
                        at = 0;
                    }
                    if (count == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    var read = RandomAccess.Read(file, buffer.AsSpan(count), offset + count);
                    count += read;
                    while (true)
                    {
                        if (!skipping && offset + at >= to) return;
                        var end = buffer.AsSpan(at, count - at).IndexOf((byte)'\n');
                        if (end < 0)
                        {
                            if (read > 0) break;
                            if (!skipping && at < count) Line(buffer.AsSpan(at, count - at));
                            return;
                        }
                        if (skipping) skipping = false;
                        else Line(buffer.AsSpan(at, end));
                        at += end + 1;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Line(ReadOnlySpan<byte> line)
        {
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (line.Length == 0) return; // blank lines are skipped, as the line locator skips them
            if (!_fields.TrySplit(line, out var text)) { rows.Bad(); return; }
            var c = scan._columns;
            Fields(_fields.Field(text, c[0]), _fields.Field(text, c[1]), _fields.Field(text, c[2]), _fields.Field(text, c[3]));
        }

        private void Fields(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> period, ReadOnlySpan<byte> events, ReadOnlySpan<byte> exposure)
        {
            subject = OutcomeFields.Trim(subject);
            if (subject.Length == 0 || Common.NulCharacter.In(subject)) { rows.Bad(); return; }
            if (subject.Length != _subjectLength || !subject.SequenceEqual(_subject.AsSpan(0, _subjectLength)))
            {
                if (subject.Length > _subject.Length) _subject = new byte[subject.Length * 2];
                subject.CopyTo(_subject);
                _subjectLength = subject.Length;
                _wanted = rows.Subject(subject);
            }
            if (!_wanted) return;
            if (OutcomeFields.TryMonth(OutcomeFields.Trim(period), out var month)
                && OutcomeFields.TryEvents(OutcomeFields.Trim(events), out var e) && e >= 0
                && OutcomeFields.TryExposure(OutcomeFields.Trim(exposure), out var x) && x > 0)
                rows.Row(month, e, x);
            else rows.Bad();
        }
    }
}
