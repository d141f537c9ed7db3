using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PrescribingRecordSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "source_file",
                table: "prescribing_records",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "source_line",
                table: "prescribing_records",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_file",
                table: "prescribing_records");

            migrationBuilder.DropColumn(
                name: "source_line",
                table: "prescribing_records");
        }
    }
}
