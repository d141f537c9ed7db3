using Liaison.Core.Directory.Import;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.TestSupport;
using static Liaison.Core.Engagement.OpenPayments.ExternalPaymentKind;

namespace Liaison.Tests.Engagement;

/// <summary>Which entries of CMS's program-year ZIP are imported, which skipped, and when a ZIP is read as one file instead.</summary>
public sealed class ProgramYearArchiveTests
{
    [Fact]
    public void Removals_then_general_then_research_entries_are_imported_the_ownership_entry_skipped_and_the_rest_left()
    {
        var contents = ProgramYearArchive.Select([
            "OP_PGYR2023_README_P01302025.txt", OpenPaymentsArchives.Research, OpenPaymentsArchives.Ownership,
            "OP_REMOVED_DELETED_PGYR2023_P01302025_01212025.csv", "2022/op_dtl_gnrl_pgyr2022_p01302025_01212025.CSV",
            OpenPaymentsArchives.General, "OP_DTL_GNRL_PGYR2023_notes.pdf",
        ]);
        Assert.Equal([new("2022/op_dtl_gnrl_pgyr2022_p01302025_01212025.CSV", General), new(OpenPaymentsArchives.General, General),
            new ProgramYearArchive.Entry(OpenPaymentsArchives.Research, Research)], contents.Payments);
        Assert.Equal([OpenPaymentsArchives.Ownership], contents.Ownership);
        Assert.Equal(["OP_REMOVED_DELETED_PGYR2023_P01302025_01212025.csv"], contents.Removals);
    }

    [Fact]
    public void A_zip_of_several_files_is_a_program_year_a_zip_of_one_or_a_csv_is_a_file()
    {
        var archive = OpenPaymentsArchives.Write(OpenPaymentsArchives.Name, OpenPaymentsArchives.Zip("a\n", "b\n"));
        Assert.Equal((2, 1), ProgramYearArchive.Of(archive) is ({ } c, null) ? (c.Payments.Count, c.Ownership.Count) : default);
        Assert.Null(ProgramYearArchive.Of(OpenPaymentsArchives.Write("one.zip", OpenPaymentsArchives.Zip((OpenPaymentsArchives.General, "a\n")))));
        Assert.Null(ProgramYearArchive.Of(OpenPaymentsCsv.WriteText(OpenPaymentsArchives.General, "a\n")));
        Assert.Null(ProgramYearArchive.Of(OpenPaymentsArchives.Write("cut.zip", OpenPaymentsArchives.Zip("a\n", "b\n")[..40])));
    }

    [Fact]
    public void A_zip_without_a_general_or_research_entry_is_refused_naming_what_it_holds()
    {
        var path = OpenPaymentsArchives.Write("ownership.zip", OpenPaymentsArchives.Zip(
            (OpenPaymentsArchives.Ownership, OpenPaymentsArchives.OwnershipText()), (OpenPaymentsArchives.Readme, "readme")));
        Assert.Equal("the ZIP archive holds no Open Payments general or research payments file (OP_DTL_GNRL_….csv, OP_DTL_RSRCH_….csv) "
            + "or removed and deleted records file (OP_REMOVED_DELETED_….csv): "
            + $"it holds {OpenPaymentsArchives.Ownership}, {OpenPaymentsArchives.Readme}", ProgramYearArchive.Of(path)!.Value.Problem);
        Assert.Equal($"{path}: {ProgramYearArchive.Of(path)!.Value.Problem}", ImportProgramYear.Check(path));
    }

    [Fact]
    public void Each_entry_of_an_archive_has_a_fingerprint_of_its_own()
    {
        var path = OpenPaymentsArchives.Write(OpenPaymentsArchives.Name, OpenPaymentsArchives.Zip("a\n", "b\n"));
        long[] keys = [FileFingerprint.Key(path), FileFingerprint.Key(path, OpenPaymentsArchives.General), FileFingerprint.Key(path, OpenPaymentsArchives.Research)];
        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(keys[1], FileFingerprint.Key(path, OpenPaymentsArchives.General));
    }
}
