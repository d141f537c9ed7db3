using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

/// <summary>How a practice location file is handed to the writer: each NPI's consecutive rows together, batches ending between NPIs.</summary>
public sealed class PracticeLocationSourceTests
{
    private const string Pilcher = "1588667638";
    private const string Wiebe = "1679576722";

    private static string File(params string[] npis)
    {
        var path = Path.Combine(System.IO.Directory.CreateTempSubdirectory("liaison-pl-").FullName, "pl_pfile_20251103-20251109.csv");
        var header = string.Join(',', PracticeLocationLayout.Published.Select(h => $"\"{h}\""));
        System.IO.File.WriteAllLines(path, npis.Select((npi, i) => $"\"{npi}\",\"{i + 1} MAIN ST\",\"\",\"JACKSONVILLE\",\"FL\",\"32204\",\"\",\"\",\"\",\"\"")
            .Prepend(header));
        return path;
    }

    private static List<(long LastLine, string Groups)> Read(string path, long skip = 0) =>
        new PracticeLocationSource(path).Read(skip, batchSize: 1, default).Select(b => (b.LastLine,
            string.Join(' ', b.Locations.Select(g => $"{g.Npi[..2]}×{g.Rows.Count}{(g.Continues ? "+" : "")}")))).ToList();

    [Fact]
    public void An_NPIs_rows_stay_together_whatever_the_batch_size_and_a_batch_ends_before_the_next_NPI() =>
        Assert.Equal([(4L, "15×3"), (5L, "16×1")], Read(File(Pilcher, Pilcher, Pilcher, Wiebe)));

    [Fact]
    public void Rows_of_an_NPI_the_file_gave_before_apart_from_these_add_to_them_even_after_a_checkpoint()
    {
        var path = File(Pilcher, Wiebe, Pilcher);
        Assert.Equal([(2L, "15×1"), (3L, "16×1"), (4L, "15×1+")], Read(path));
        Assert.Equal([(4L, "15×1+")], Read(path, skip: 3));
    }

    [Fact]
    public void The_file_is_known_by_its_header_and_an_npidata_file_is_not() =>
        Assert.Equal((true, false), (PracticeLocationSource.HasHeader(File(Pilcher)), PracticeLocationSource.HasHeader(NppesRows.Sample)));
}
