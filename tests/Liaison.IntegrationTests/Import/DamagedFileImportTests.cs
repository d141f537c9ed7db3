using System.Text;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Import;

/// <summary>
/// Real samples re-saved and damaged the way users' files are (byte-order mark, CRLF, trailing blank lines, a
/// cut-off last line, bad NDJSON lines), imported end to end: good rows kept, each bad one reported by line.
/// </summary>
public abstract class DamagedFileImportTests(TestApp app)
{
    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(TestTemp.Folder("damaged-"), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Damaged(string text, int cutChars) =>
        text.ReplaceLineEndings("\r\n").TrimEnd('\r', '\n')[..^cutChars] + "\r\n\r\n\r\n";

    private static byte[] Bom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    private Task<ImportReport> RunDirectoryImport(IImportSource source) => app.InScope(async sp =>
    {
        var result = await sp.GetRequiredService<DirectoryImportRunner>().RunAsync(source, null, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    });

    [Fact]
    public async Task An_nppes_file_with_bom_crlf_blank_lines_and_a_cut_off_last_row_keeps_the_ten_good_rows()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv"));
        var report = await RunDirectoryImport(new NppesFileSource(Write("npidata_damaged.csv", Bom(Damaged(sample, 40)))));
        Assert.Equal(10, report.Imported + report.Updated + report.Unchanged);
        var error = Assert.Single(report.Errors);
        Assert.Equal((12L, "(row)", 1L), (error.Line, error.Column, report.Rejected));
    }

    [Fact]
    public async Task Fhir_ndjson_with_malformed_lines_imports_the_good_resources_and_reports_each_bad_line()
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.SharedData, "fhir", "synthea-bulk-10pt", "Practitioner.000.ndjson")).Take(2).ToList();
        var text = string.Join("\r\n", lines[0], "{not json", "[]", """{"resourceType":"Practitioner","identifier":{"system":"x"}}""", lines[1]) + "\r\n\r\n";
        var report = await RunDirectoryImport(new FhirImportSource(Write("Practitioner.damaged.ndjson", Bom(text))));
        Assert.Equal(2, report.Imported + report.Updated + report.Unchanged);
        Assert.Equal([2L, 3, 4], report.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public async Task An_open_payments_file_with_blank_lines_and_a_cut_off_last_row_keeps_the_rest()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(RepoPaths.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv"));
        var (report, problem) = await app.InScope(sp => sp.GetRequiredService<ImportOpenPayments.Handler>()
            .Handle(Write("op_damaged.csv", Bom(Damaged(sample, 40))), null, default));
        Assert.Null(problem);
        Assert.Equal(300, report!.Rows);
        var error = Assert.Single(report.Errors);
        Assert.Equal((301, "(row)"), (error.Line, error.Column));
        Assert.True(report.Imported + report.AlreadyImported > 0);
    }

    [Fact]
    public async Task An_open_payments_file_ending_in_a_spreadsheets_empty_rows_imports_whole_as_a_file_and_in_a_program_years_zip()
    {
        // Excel re-saving a CSV leaves rows of commas at its end: nothing in them, so nothing to report.
        var sample = await File.ReadAllTextAsync(Path.Combine(RepoPaths.SharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv"));
        var text = sample.TrimEnd('\r', '\n') + "\r\n,,,,,,,,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,,,,,,,\r\n";
        var (report, problem) = await app.InScope(sp => sp.GetRequiredService<ImportOpenPayments.Handler>()
            .Handle(Write("op_resaved.csv", Encoding.UTF8.GetBytes(text)), null, default));
        Assert.Null(problem);
        Assert.Equal((300, 0), (report!.Rows, report.Rejected));
        Assert.Empty(report.Errors);
        var zip = Write(OpenPaymentsArchives.Name, OpenPaymentsArchives.Zip((OpenPaymentsArchives.Research, text),
            (OpenPaymentsArchives.Readme, "This compressed (.zip) file contains one CSV file.\n")));
        var (year, refused) = await app.InScope(sp => sp.GetRequiredService<ImportProgramYear.Handler>().Handle(zip, null, default));
        Assert.Null(refused);
        Assert.Equal((300, 0), (year!.Rows, year.Rejected));
        Assert.Empty(year.Errors);
    }

    [Fact]
    public async Task A_part_d_file_with_a_cut_off_last_row_reports_it_and_keeps_the_others()
    {
        var header = string.Join(',', PartDReader.Columns);
        var text = $"{header}\n1588667638,Pilcher,William,Jacksonville,FL,12,Cardiology,S,Eliquis,Apixaban,412,1010.5,30315,245123.45,98,,380,930.2,226000.1,27900,,90\n"
            + "1932102084,Adusumilli,Ravi,Toledo,OH,39,Cardiology,S,Atorvastatin Calcium,Atorvastatin Calcium,1200,2950.3,88500,10400.77,300,#,,";
        var report = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>()
            .Handle(Write("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv", Bom(text + "\r\n\r\n")), null, null, default));
        Assert.Null(report.Fatal);
        Assert.Equal(1, report.Imported + report.Updated + report.Unchanged);
        Assert.Equal((3L, "(row)"), (Assert.Single(report.Errors).Line, report.Errors[0].Column));
    }

    [Fact]
    public async Task Empty_and_cut_off_compressed_files_are_refused_by_name_with_nothing_written()
    {
        var empty = Write("empty.csv", []);
        Assert.Equal("the file is empty", new NppesFileSource(empty).Open());
        var (report, problem) = await app.InScope(sp => sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(empty, null, default));
        Assert.Null(report);
        Assert.Contains("the file is empty", problem, StringComparison.Ordinal);
        var gz = Write("studies.json.gz", [0x1F, 0x8B, 8, 0, 0, 0]);
        var trials = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(gz, default));
        Assert.StartsWith("the gzip file is cut off", trials.Fatal!.Reason, StringComparison.Ordinal);
        Assert.Equal(0, trials.Imported);
    }
}

public sealed class DamagedFileImportOnSqlite(SqliteApp app) : DamagedFileImportTests(app), IClassFixture<SqliteApp>;

public sealed class DamagedFileImportOnPostgres(PostgresApp app) : DamagedFileImportTests(app), IClassFixture<PostgresApp>;
