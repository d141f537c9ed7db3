using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FhirImportReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_import_references",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    system = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory_import_references", x => new { x.run_id, x.reference });
                    table.ForeignKey(
                        name: "fk_directory_import_references_directory_import_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "directory_import_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_import_references");
        }
    }
}
