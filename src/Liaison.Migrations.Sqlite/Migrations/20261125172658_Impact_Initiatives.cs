using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Impact_Initiatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outcome_datasets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rows = table.Column<long>(type: "INTEGER", nullable: false),
                    subjects = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_datasets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    target_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    activities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    outcome_dataset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start_month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    pre_months = table.Column<int>(type: "INTEGER", nullable: false),
                    post_months = table.Column<int>(type: "INTEGER", nullable: false),
                    design = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    categorical_covariates = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    published_result = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => x.id);
                    table.ForeignKey(
                        name: "fk_initiatives_outcome_datasets_outcome_dataset_id",
                        column: x => x.outcome_dataset_id,
                        principalTable: "outcome_datasets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outcome_observations",
                columns: table => new
                {
                    dataset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    events = table.Column<long>(type: "INTEGER", nullable: false),
                    exposure = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_observations", x => new { x.dataset_id, x.subject_id, x.month });
                    table.ForeignKey(
                        name: "fk_outcome_observations_outcome_datasets_dataset_id",
                        column: x => x.dataset_id,
                        principalTable: "outcome_datasets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subject_covariates",
                columns: table => new
                {
                    dataset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subject_covariates", x => new { x.dataset_id, x.subject_id, x.name });
                    table.ForeignKey(
                        name: "fk_subject_covariates_outcome_datasets_dataset_id",
                        column: x => x.dataset_id,
                        principalTable: "outcome_datasets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_targets",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    exposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_targets", x => new { x.initiative_id, x.subject_id });
                    table.ForeignKey(
                        name: "fk_initiative_targets_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_outcome_dataset_id",
                table: "initiatives",
                column: "outcome_dataset_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_slug",
                table: "initiatives",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outcome_datasets_name",
                table: "outcome_datasets",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "initiative_targets");

            migrationBuilder.DropTable(
                name: "outcome_observations");

            migrationBuilder.DropTable(
                name: "subject_covariates");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "outcome_datasets");
        }
    }
}
