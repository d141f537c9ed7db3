using Liaison.Core.Engagement.OpenPayments;
using static Liaison.Core.Engagement.OpenPayments.ExternalPaymentKind;

namespace Liaison.Tests.Engagement;

/// <summary>The rules of CMS's removed and deleted records file (OP_REMOVED_DELETED_PGYR…csv), row by row, in its own words.</summary>
public sealed class RemovedRecordsFileTests
{
    [Fact]
    public void The_header_is_recognised_by_its_four_columns_and_a_payments_file_is_not()
    {
        Assert.True(RemovedRecordsFile.Recognise(["Change_Type", "Program_Year", "Payment_Type", "Record_ID"]));
        Assert.True(RemovedRecordsFile.Recognise([" change_type", "PROGRAM_YEAR ", "Payment_Type", "Record_ID", "Extra"]));
        Assert.False(RemovedRecordsFile.Recognise(["Change_Type", "Program_Year", "Record_ID"]));
        Assert.False(RemovedRecordsFile.Recognise(["Change_Type", "Program_Year", "Payment_Type", "Record_ID", "Total_Amount_of_Payment_USDollars"]));
    }

    [Theory]
    [InlineData("DELETED", "General Payment", General)]
    [InlineData("REMOVED", "Research Payment", Research)]
    [InlineData("deleted", "GENERAL", General)]
    [InlineData("Removed", "research", Research)]
    public void A_deleted_or_removed_general_or_research_record_is_read_by_its_record_id(string change, string type, ExternalPaymentKind kind)
    {
        var read = RemovedRecordsFile.Read(4, change, "2023", type, "1012345678");
        Assert.Equal(new RemovedRecord(4, kind, "1012345678", null, null), read);
    }

    [Fact]
    public void An_ownership_row_is_skipped_not_refused()
    {
        var read = RemovedRecordsFile.Read(2, "DELETED", "2023", "Ownership and Investment Interest", "55");
        Assert.True(read.Skipped);
        Assert.Null(read.Kind);
    }

    [Theory]
    [InlineData("DELETED", "2023", "General Payment", "", "Record_ID", "is empty")]
    [InlineData("DELETED", "2023", "General Payment", "12a", "Record_ID", "'12a' is not an Open Payments record id (a number of up to 40 digits)")]
    [InlineData("DELETED", "2023", "General Payment", "12345678901234567890123456789012345678901", "Record_ID",
        "'12345678901234567890123456789012345678901' is not an Open Payments record id (a number of up to 40 digits)")]
    [InlineData("CHANGED", "2023", "General Payment", "7", "Change_Type", "'CHANGED' is neither DELETED nor REMOVED")]
    [InlineData("DELETED", "2012", "General Payment", "7", "Program_Year", "'2012' is not an Open Payments program year (2013 on)")]
    [InlineData("DELETED", "23", "General Payment", "7", "Program_Year", "'23' is not an Open Payments program year (2013 on)")]
    [InlineData("DELETED", "2023", "Gift", "7", "Payment_Type",
        "'Gift' is not an Open Payments payment type (general, research, or ownership and investment)")]
    public void A_bad_value_is_refused_naming_its_column_and_reason(string change, string year, string type, string record, string column, string reason)
    {
        var read = RemovedRecordsFile.Read(9, change, year, type, record);
        Assert.Equal((9, (ExternalPaymentKind?)null, column, reason, false), (read.Line, read.Kind, read.Column, read.Problem, read.Skipped));
    }

    [Fact]
    public void A_file_is_read_by_header_name_with_a_nul_or_a_cut_off_row_refused_on_its_line_and_empty_rows_skipped()
    {
        const string file = "Record_ID,Payment_Type,Program_Year,Change_Type\n12,General Payment,2023,DELETED\n,,,\n"
            + "13,General\0,2023,DELETED\n14,Research Payment\n";
        using var text = OpenPaymentsFile.Text(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file)));
        var rows = RemovedRecordsFile.Rows(text).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(new RemovedRecord(2, General, "12", null, null), rows[0]);
        Assert.Equal((4, (ExternalPaymentKind?)null, "Payment_Type", "the value holds a NUL character (a damaged file)"),
            (rows[1].Line, rows[1].Kind, rows[1].Column, rows[1].Problem));
        Assert.Equal((5, "(row)"), (rows[2].Line, rows[2].Column));
    }
}
