using System.Security.Cryptography;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Version-7 ids for the millions of rows an import writes: the 48-bit millisecond timestamp, then a 74-bit counter
/// seeded at random once per millisecond and stepped by one for each id (RFC 9562 §6.2, method 3). Where
/// <see cref="Guid.CreateVersion7()"/> asks the kernel for random bytes every time, this asks once a millisecond, and
/// the ids of one thread only grow, so every index over them is appended to.
/// </summary>
internal static class ImportIds
{
    [ThreadStatic] private static long _millisecond;
    [ThreadStatic] private static ulong _high, _low;

    public static Guid Next()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (now > _millisecond)
        {
            Span<byte> seed = stackalloc byte[10];
            RandomNumberGenerator.Fill(seed);
            // 12 bits above, 62 below with the top one clear: room to count ~2^61 ids within the millisecond.
            (_millisecond, _high, _low) = (now, BitConverter.ToUInt16(seed) & 0xFFFu, BitConverter.ToUInt64(seed[2..]) >> 3);
        }
        else if (++_low >> 62 != 0) (_low, _high) = (0, _high + 1);

        Span<byte> b = stackalloc byte[16];
        var ms = (ulong)_millisecond;
        for (var i = 0; i < 6; i++) b[i] = (byte)(ms >> (40 - 8 * i));
        b[6] = (byte)(0x70 | ((_high >> 8) & 0x0F));
        b[7] = (byte)_high;
        b[8] = (byte)(0x80 | ((_low >> 56) & 0x3F));
        for (var i = 9; i < 16; i++) b[i] = (byte)(_low >> (8 * (15 - i)));
        return new Guid(b, bigEndian: true);
    }
}
