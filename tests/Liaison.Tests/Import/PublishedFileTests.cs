using System.Text;
using Liaison.Core.Common;

namespace Liaison.Tests.Import;

/// <summary>The opener every single-file import reads through: plain, gzip and ZIP files, their refusals and their damage.</summary>
public sealed class PublishedFileTests
{
    private const string Text = "NPI,Name\n1,Ada\n2,Grace\n3,Hedy\n";

    private static readonly ArchiveEntry Data = new("data_….csv file", name => name.StartsWith("data_", StringComparison.Ordinal));

    private static (string Text, string? Damage) ReadAll(string path, ArchiveEntry? entry = null)
    {
        using var stream = PublishedFile.Open(path, entry);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true);
        return (reader.ReadToEnd(), stream.Damage);
    }

    [Fact]
    public void A_gzip_file_and_a_zip_of_one_file_read_as_the_text_they_hold()
    {
        Assert.Equal((Text, null), ReadAll(FileVariants.Write("a.csv.gz", FileVariants.Gzip(Text))));
        Assert.Equal((Text, null), ReadAll(FileVariants.Write("a.zip", FileVariants.Zip(("folder/a.csv", Text)))));
        Assert.Equal((Text, null), ReadAll(FileVariants.Write("a.csv", Text)));
    }

    [Fact]
    public void The_entry_that_fits_is_read_and_the_others_left()
    {
        var zip = FileVariants.Write("d.zip", FileVariants.Zip(("readme.pdf", "%PDF"), ("data_1.csv", Text), ("other_1.csv", "x\n")));
        Assert.Null(PublishedFile.Problem(zip, Data));
        Assert.Equal((Text, null), ReadAll(zip, Data));
        using var stream = PublishedFile.Open(zip, Data);
        Assert.Equal(("data_1.csv", Text.Length), (stream.Entry, stream.Total));
    }

    [Fact]
    public void A_zip_without_the_entry_or_with_two_is_refused_naming_what_it_holds()
    {
        var none = PublishedFile.Problem(FileVariants.Write("n.zip", FileVariants.Zip(("readme.pdf", "%PDF"), ("other_1.csv", "x\n"))), Data);
        Assert.Equal("the ZIP archive holds no data_….csv file: it holds readme.pdf, other_1.csv", none);
        var two = PublishedFile.Problem(FileVariants.Write("t.zip", FileVariants.Zip(("data_1.csv", Text), ("data_2.csv", Text))), Data);
        Assert.Contains("holds 2 files that could each be data_….csv file (data_1.csv, data_2.csv): extract the one to import", two, StringComparison.Ordinal);
        var many = PublishedFile.Problem(FileVariants.Write("m.zip", FileVariants.Zip(("a.csv", Text), ("b.csv", Text))));
        Assert.Contains("ZIP archive holding 2 files (a.csv, b.csv): extract the data file", many, StringComparison.Ordinal);
        var workbook = FileVariants.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>"));
        Assert.StartsWith("the file is an Excel workbook (.xlsx), not text: save the sheet as CSV", PublishedFile.Problem(FileVariants.Write("p.csv", workbook)),
            StringComparison.Ordinal);
        Assert.Equal("the ZIP archive is empty: it holds no file", PublishedFile.Problem(FileVariants.Write("e.zip", FileVariants.Zip(Array.Empty<(string, string)>()))));
        Assert.Equal("data_1.csv in the ZIP archive: the file is empty", PublishedFile.Problem(FileVariants.Write("z.zip", FileVariants.Zip(("data_1.csv", ""))), Data));
    }

    [Fact]
    public void A_zip_cut_off_or_not_really_a_zip_is_refused_in_words()
    {
        var zip = FileVariants.Zip(("data_1.csv", Text));
        foreach (var bytes in new[] { zip[..(zip.Length / 2)], "PK\x03\x04 not a zip at all"u8.ToArray() })
        {
            var path = FileVariants.Write("cut.zip", bytes);
            Assert.StartsWith("the ZIP archive is damaged or cut off", PublishedFile.Problem(path, Data), StringComparison.Ordinal);
            Assert.Throws<InvalidDataException>(() => PublishedFile.Open(path, Data));
        }
    }

    [Fact]
    public void A_gzip_file_cut_off_mid_stream_keeps_the_text_before_the_cut_and_names_the_damage()
    {
        var big = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},Name {i * 7919 % 10007}\n"));
        var gzip = FileVariants.Gzip(big);
        var (text, damage) = ReadAll(FileVariants.Write("cut.csv.gz", gzip[..(gzip.Length / 2)]));
        Assert.True(text.Length > 0 && big.StartsWith(text, StringComparison.Ordinal));
        Assert.StartsWith("the gzip data ends here, before its end: the file is cut off or damaged", damage, StringComparison.Ordinal);
        Assert.Equal("the gzip file is cut off: it ends before any text (download it again)", PublishedFile.Problem(FileVariants.Write("s.gz", gzip[..12])));
    }

    [Fact]
    public void Gzip_members_joined_read_as_their_texts_joined_and_a_cut_or_damaged_member_still_names_its_damage()
    {
        var big = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},Name {i * 7919 % 10007}\n"));
        byte[] first = FileVariants.Gzip(Text), second = FileVariants.Gzip(big), empty = FileVariants.Gzip("");
        // As gzip(1) writes a file's member: its name in the header (FNAME).
        byte[] named = [.. first[..3], (byte)(first[3] | 8), .. first[4..10], .. "a.csv\0"u8, .. first[10..]];
        Assert.Equal((Text + big + Text, null), ReadAll(FileVariants.Write("joined.csv.gz", [.. named, .. second, .. empty, .. first])));
        var (text, damage) = ReadAll(FileVariants.Write("cut.csv.gz", [.. first, .. second[..(second.Length / 2)]]));
        Assert.True(text.StartsWith(Text, StringComparison.Ordinal) && text.Length > Text.Length && (Text + big).StartsWith(text, StringComparison.Ordinal));
        Assert.StartsWith("the gzip data ends here, before its end", damage, StringComparison.Ordinal);
        var flipped = (byte[])first.Clone();
        flipped[^6] ^= 0x01; // the first member's stored CRC-32
        var (read, mismatch) = ReadAll(FileVariants.Write("bad.csv.gz", [.. flipped, .. second]));
        Assert.Equal(Text, read);
        Assert.StartsWith("the gzip data does not match its checksum", mismatch, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupted_compressed_data_ends_the_text_with_its_damage_named_never_an_exception()
    {
        var big = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},Name {i * 7919 % 10007}\n"));
        var gzip = FileVariants.Gzip(big);
        var zip = FileVariants.Zip(("data_1.csv", big));
        for (var at = 0.3; at < 0.8; at += 0.1)
        {
            var g = (byte[])gzip.Clone();
            g[(int)(g.Length * at)] ^= 0x5A;
            Assert.NotNull(ReadAll(FileVariants.Write("bad.csv.gz", g)).Damage);
            var z = (byte[])zip.Clone();
            z[(int)(z.Length * at)] ^= 0x5A; // inside the entry's data: its list of entries is at the end
            var (text, damage) = ReadAll(FileVariants.Write("bad.zip", z), Data);
            Assert.True(damage is not null, $"flipping byte {(int)(z.Length * at)} went unseen ({text.Length} chars read)");
            Assert.Contains("data_1.csv", damage, StringComparison.Ordinal);
        }
    }
}
