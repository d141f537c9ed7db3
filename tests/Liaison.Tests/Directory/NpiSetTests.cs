using System.Globalization;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

public sealed class NpiSetTests
{
    private static string Valid(int nine)
    {
        var digits = nine.ToString(CultureInfo.InvariantCulture);
        return digits + Npi.CheckDigit(digits);
    }

    [Fact]
    public void The_first_record_of_an_npi_is_new_and_every_later_one_a_repeat()
    {
        var given = new NpiSet();
        Assert.True(given.Add(Valid(123_456_789)));
        Assert.True(given.Add(Valid(123_456_788))); // a neighbour in the same page
        Assert.True(given.Add(Valid(299_999_999))); // the end of the NPI space
        Assert.False(given.Add(Valid(123_456_789)));
        Assert.False(given.Add(Valid(123_456_789)));
        Assert.False(given.Add(Valid(299_999_999)));
    }

    [Fact]
    public void Memory_is_bounded_by_the_npi_space_not_by_the_number_of_npis()
    {
        // 3,000,000 NPIs spread over the whole space of NPIs beginning with 1 or 2, as the monthly file's are.
        var given = new NpiSet();
        var random = new Random(7);
        var seen = new HashSet<int>();
        var npis = new List<string>();
        while (npis.Count < 3_000_000)
            if (random.Next(100_000_000, 300_000_000) is var nine && seen.Add(nine)) npis.Add(Valid(nine));
        var held = GC.GetAllocatedBytesForCurrentThread();
        foreach (var npi in npis) Assert.True(given.Add(npi));
        // Only pages are allocated: 200,000,000 bits, 25 MB whatever the file's size (a map of NPI to line took ~60 MB here).
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - held, 0, 26L << 20);
        Assert.All(npis.Take(1000), npi => Assert.False(given.Add(npi)));
    }
}
