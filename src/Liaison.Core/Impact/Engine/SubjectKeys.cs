namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Subject ids encoded as dense numbers 0, 1, 2, … in the order they are first seen: the ids' UTF-8 bytes live in one
/// array and an open-addressing table maps them to their number, so a million subjects cost a few arrays rather than a
/// million strings and dictionary entries. Lookups take the id's <see cref="SubjectHash"/>, which the caller needs
/// anyway for the subject's cluster.
/// </summary>
internal sealed class SubjectKeys
{
    private byte[] _bytes = new byte[1 << 12];
    private int _used;
    private int[] _start = new int[256];
    private int[] _length = new int[256];
    private ulong[] _hash = new ulong[256];
    private int[] _slots = new int[512]; // number + 1; 0 = empty

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Key(int number) => _bytes.AsSpan(_start[number], _length[number]);

    public ulong Hash(int number) => _hash[number];

    /// <summary>The id's number, or −1 when it has none.</summary>
    public int Find(ReadOnlySpan<byte> key, ulong hash)
    {
        var mask = _slots.Length - 1;
        for (var s = (int)(hash & (ulong)mask); ; s = (s + 1) & mask)
        {
            var n = _slots[s] - 1;
            if (n < 0) return -1;
            if (_hash[n] == hash && Key(n).SequenceEqual(key)) return n;
        }
    }

    /// <summary>The id's number, numbering it if it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, ulong hash, out bool added)
    {
        var mask = _slots.Length - 1;
        var s = (int)(hash & (ulong)mask);
        for (; ; s = (s + 1) & mask)
        {
            var n = _slots[s] - 1;
            if (n < 0) break;
            if (_hash[n] == hash && Key(n).SequenceEqual(key))
            {
                added = false;
                return n;
            }
        }
        added = true;
        var number = Count++;
        if (number == _start.Length)
        {
            Array.Resize(ref _start, number * 2);
            Array.Resize(ref _length, number * 2);
            Array.Resize(ref _hash, number * 2);
        }
        if (_used + key.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + key.Length));
        key.CopyTo(_bytes.AsSpan(_used));
        (_start[number], _length[number], _hash[number]) = (_used, key.Length, hash);
        _used += key.Length;
        _slots[s] = number + 1;
        if (Count * 2 > _slots.Length) Grow();
        return number;
    }

    /// <summary>The numbers sorted by id, byte by byte (the order of SQL's ORDER BY on a binary collation).</summary>
    /// <remarks>Sorted on the ids' first 8 bytes as numbers first; only ids sharing those are compared in full.</remarks>
    public void SortByKey(int[] numbers)
    {
        var prefix = new ulong[numbers.Length];
        Span<byte> first = stackalloc byte[8];
        for (var i = 0; i < numbers.Length; i++)
        {
            var key = Key(numbers[i]);
            first.Clear();
            key[..Math.Min(8, key.Length)].CopyTo(first);
            prefix[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(first);
        }
        Array.Sort(prefix, numbers);
        Comparison<int> byKey = (a, b) => Key(a).SequenceCompareTo(Key(b));
        var comparer = Comparer<int>.Create(byKey);
        for (int start = 0, end; start < numbers.Length; start = end)
        {
            for (end = start + 1; end < numbers.Length && prefix[end] == prefix[start]; end++) { }
            if (end - start > 1) Array.Sort(numbers, start, end - start, comparer);
        }
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var n = 0; n < Count; n++)
        {
            var s = (int)(_hash[n] & (ulong)mask);
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = n + 1;
        }
        _slots = slots;
    }
}
