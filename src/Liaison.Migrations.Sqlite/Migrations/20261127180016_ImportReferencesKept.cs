using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportReferencesKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Until now each unfinished run kept its own rows: of a reference several runs recorded, the latest run's stays.
            migrationBuilder.Sql("""
                DELETE FROM directory_import_references
                WHERE EXISTS (
                    SELECT 1 FROM directory_import_references o
                    JOIN directory_import_runs newer ON newer.id = o.run_id
                    JOIN directory_import_runs own ON own.id = directory_import_references.run_id
                    WHERE o.reference = directory_import_references.reference
                      AND (newer.started_at > own.started_at OR (newer.started_at = own.started_at AND o.run_id > directory_import_references.run_id)))
                """);

            // The new primary key, by rebuilding the table as EF Core would, but inside the migration's transaction: EF's own
            // rebuild turns foreign keys off around it (PRAGMA foreign_keys, which no transaction holds) and warns at every
            // workspace's first start. No table refers to this one, so the rebuild needs them on no less.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_directory_import_references" (
                    "reference" TEXT NOT NULL CONSTRAINT "pk_directory_import_references" PRIMARY KEY,
                    "run_id" TEXT NOT NULL,
                    "system" TEXT NULL,
                    "value" TEXT NOT NULL,
                    CONSTRAINT "fk_directory_import_references_directory_import_runs_run_id" FOREIGN KEY ("run_id") REFERENCES "directory_import_runs" ("id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_directory_import_references" ("reference", "run_id", "system", "value")
                SELECT "reference", "run_id", "system", "value" FROM "directory_import_references";
                DROP TABLE "directory_import_references";
                ALTER TABLE "ef_temp_directory_import_references" RENAME TO "directory_import_references";
                """);

            migrationBuilder.CreateIndex(
                name: "ix_directory_import_references_run_id",
                table: "directory_import_references",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_directory_import_references_value_system",
                table: "directory_import_references",
                columns: new[] { "value", "system" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_directory_import_references",
                table: "directory_import_references");

            migrationBuilder.DropIndex(
                name: "ix_directory_import_references_run_id",
                table: "directory_import_references");

            migrationBuilder.DropIndex(
                name: "ix_directory_import_references_value_system",
                table: "directory_import_references");

            migrationBuilder.AddPrimaryKey(
                name: "pk_directory_import_references",
                table: "directory_import_references",
                columns: new[] { "run_id", "reference" });
        }
    }
}
