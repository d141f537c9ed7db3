using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Directory_TypoIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hcp_search_entries_last_name_key",
                table: "hcp_search_entries");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_last_name_key_sort_name",
                table: "hcp_search_entries",
                columns: new[] { "last_name_key", "sort_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hcp_search_entries_last_name_key_sort_name",
                table: "hcp_search_entries");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_last_name_key",
                table: "hcp_search_entries",
                column: "last_name_key");
        }
    }
}
