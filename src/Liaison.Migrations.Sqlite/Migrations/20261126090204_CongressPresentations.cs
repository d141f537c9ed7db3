using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CongressPresentations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "congress_component",
                table: "influence_scores",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "congress_presentations",
                table: "influence_scores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "keynotes_and_oral_presentations",
                table: "influence_scores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "recency_weighted_presentations",
                table: "influence_scores",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "congress_presentations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    congress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    presented_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    source_url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_congress_presentations", x => x.id);
                    table.ForeignKey(
                        name: "fk_congress_presentations_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_congress_presentations_hcp_id_presented_on",
                table: "congress_presentations",
                columns: new[] { "hcp_id", "presented_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "congress_presentations");

            migrationBuilder.DropColumn(
                name: "congress_component",
                table: "influence_scores");

            migrationBuilder.DropColumn(
                name: "congress_presentations",
                table: "influence_scores");

            migrationBuilder.DropColumn(
                name: "keynotes_and_oral_presentations",
                table: "influence_scores");

            migrationBuilder.DropColumn(
                name: "recency_weighted_presentations",
                table: "influence_scores");
        }
    }
}
