using System.Globalization;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

public sealed class FirstRowPerNpiTests
{
    private static string Valid(int nine)
    {
        var digits = nine.ToString(CultureInfo.InvariantCulture);
        return digits + Npi.CheckDigit(digits);
    }

    [Fact]
    public void The_first_row_of_an_npi_stands_and_every_later_one_is_a_repeat()
    {
        var firsts = new FirstRowPerNpi();
        Assert.Null(firsts.Repeat(Valid(123_456_789)));
        Assert.Null(firsts.Repeat(Valid(123_456_788))); // a neighbour in the same page
        Assert.Null(firsts.Repeat(Valid(299_999_999))); // the end of the NPI space
        var repeat = firsts.Repeat(Valid(123_456_789));
        Assert.NotNull(repeat);
        Assert.Contains(Valid(123_456_789), repeat, StringComparison.Ordinal);
        Assert.NotNull(firsts.Repeat(Valid(123_456_789)));
        Assert.NotNull(firsts.Repeat(Valid(299_999_999)));
    }

    [Fact]
    public void Memory_is_bounded_by_the_npi_space_not_by_the_number_of_npis()
    {
        // 3,000,000 NPIs spread over the whole space of NPIs beginning with 1 or 2, as the monthly file's are.
        var firsts = new FirstRowPerNpi();
        var random = new Random(7);
        var seen = new HashSet<int>();
        var npis = new List<string>();
        while (npis.Count < 3_000_000)
            if (random.Next(100_000_000, 300_000_000) is var nine && seen.Add(nine)) npis.Add(Valid(nine));
        var held = GC.GetAllocatedBytesForCurrentThread();
        foreach (var npi in npis) Assert.Null(firsts.Repeat(npi));
        // Only pages are allocated: 200,000,000 bits, 25 MB whatever the file's size (a map of NPI to line took ~60 MB here).
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - held, 0, 26L << 20);
        Assert.All(npis.Take(1000), npi => Assert.NotNull(firsts.Repeat(npi)));
    }
}
