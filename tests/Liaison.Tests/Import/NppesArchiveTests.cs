using Liaison.Core.Directory.Import;
using Liaison.Tests.Directory;

namespace Liaison.Tests.Import;

/// <summary>CMS's NPPES ZIP download, built in the test from the real sample under the real entry names, read from the archive.</summary>
public sealed class NppesArchiveTests
{
    private static string Sample => File.ReadAllText(NppesRows.Sample);

    /// <summary>The monthly download's layout: the data file beside its header-only copy and the other files.</summary>
    internal static byte[] Download(string data) => FileVariants.Zip(
        ("npidata_pfile_20050523-20251109_fileheader.csv", data.Split('\n')[0] + "\n"),
        ("npidata_pfile_20050523-20251109.csv", data),
        ("othername_pfile_20050523-20251109.csv", "\"NPI\",\"Provider Other Organization Name\"\n\"1234567893\",\"X\"\n"),
        ("pl_pfile_20050523-20251109.csv", "\"NPI\"\n"),
        ("NPPES_Data_Dissemination_Readme.pdf", "%PDF-1.4"));

    private static (int Records, List<string> Errors, long Bytes, long Total) ReadAll(string path)
    {
        var source = new NppesFileSource(path);
        Assert.Null(source.Open());
        var batches = source.Read(0, 4, default).ToList();
        return (batches.Sum(b => b.Records.Count), batches.SelectMany(b => b.Errors).Select(e => $"{e.Line} {e.Column} {e.Reason}").ToList(),
            batches[^1].BytesRead, source.TotalBytes);
    }

    [Fact]
    public void The_download_reads_its_data_entry_with_the_plain_files_records_errors_and_lines()
    {
        // A bad row (an NPI failing its check digit) keeps its line number through the archive.
        var lines = Sample.Split('\n');
        lines[3] = lines[3].Replace(lines[3][1..11], "1234567890", StringComparison.Ordinal);
        var data = string.Join('\n', lines);
        var plain = ReadAll(FileVariants.Write("npidata_pfile_20050523-20251109.csv", data));
        var zipped = ReadAll(FileVariants.Write("NPPES_Data_Dissemination_November_2025.zip", Download(data)));
        var gzipped = ReadAll(FileVariants.Write("npidata_pfile_20050523-20251109.csv.gz", FileVariants.Gzip(data)));
        Assert.Equal(plain.Records, zipped.Records);
        Assert.Equal(plain.Errors, zipped.Errors);
        Assert.Equal(plain.Records, gzipped.Records);
        Assert.Equal(plain.Errors, gzipped.Errors);
        Assert.Contains(plain.Errors, e => e.StartsWith("4 NPI", StringComparison.Ordinal));
        // Progress through a ZIP counts the entry's text, whose size the archive gives.
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(data), zipped.Total);
        Assert.Equal(zipped.Total, zipped.Bytes);
    }

    [Fact]
    public void A_download_without_the_data_file_or_with_two_is_refused_naming_its_entries()
    {
        var headerOnly = FileVariants.Zip(("npidata_pfile_20050523-20251109_fileheader.csv", Sample.Split('\n')[0] + "\n"),
            ("endpoint_pfile_20050523-20251109.csv", "x\n"));
        Assert.Equal("the ZIP archive holds no npidata_pfile_….csv data file: it holds npidata_pfile_20050523-20251109_fileheader.csv, "
            + "endpoint_pfile_20050523-20251109.csv", new NppesFileSource(FileVariants.Write("h.zip", headerOnly)).Open());
        var two = FileVariants.Zip(("npidata_pfile_20050523-20251012.csv", Sample), ("npidata_pfile_20050523-20251109.csv", Sample));
        Assert.Contains("npidata_pfile_20050523-20251012.csv, npidata_pfile_20050523-20251109.csv",
            new NppesFileSource(FileVariants.Write("two.zip", two)).Open(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_download_damaged_mid_entry_keeps_the_rows_before_and_reports_the_damage_by_line()
    {
        var lines = Sample.TrimEnd('\n').Split('\n');
        // Enough rows that the damage falls well inside the data: the sample's rows again under other NPIs would repeat, so
        // the same rows are given as repeats, reported by line, which is what a reader of the damaged file must still do.
        var data = string.Join('\n', lines.Concat(Enumerable.Repeat(lines[1..], 400).SelectMany(l => l))) + "\n";
        var zip = Download(data);
        var flipped = (byte[])zip.Clone();
        flipped[zip.Length / 2] ^= 0x5A;
        var source = new NppesFileSource(FileVariants.Write("NPPES_Data_Dissemination_November_2025.zip", flipped));
        Assert.Null(source.Open());
        var errors = source.Read(0, 1000, default).SelectMany(b => b.Errors).ToList();
        var damage = Assert.Single(errors, e => e.Column == "(file)");
        Assert.Contains("the ZIP entry npidata_pfile_20050523-20251109.csv", damage.Reason, StringComparison.Ordinal);
        Assert.InRange(damage.Line, 2, data.Count(c => c == '\n') + 2);
    }

    [Fact]
    public void A_gzip_file_cut_off_keeps_the_rows_before_the_cut_and_reports_it_after_them()
    {
        var gzip = FileVariants.Gzip(Sample);
        var source = new NppesFileSource(FileVariants.Write("npidata_pfile_20050523-20251109.csv.gz", gzip[..(gzip.Length * 2 / 3)]));
        Assert.Null(source.Open());
        var batches = source.Read(0, 1000, default).ToList();
        Assert.InRange(batches.Sum(b => b.Records.Count), 1, 10);
        var damage = Assert.Single(batches.SelectMany(b => b.Errors), e => e.Column == "(file)");
        Assert.StartsWith("the gzip data ends here, before its end: the file is cut off or damaged; the records before this line are kept",
            damage.Reason, StringComparison.Ordinal);
    }
}
