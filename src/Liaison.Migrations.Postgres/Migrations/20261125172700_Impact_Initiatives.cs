using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rows = table.Column<long>(type: "bigint", nullable: false),
                    subjects = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_datasets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    goal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    target_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    activities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    outcome_dataset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    pre_months = table.Column<int>(type: "integer", nullable: false),
                    post_months = table.Column<int>(type: "integer", nullable: false),
                    design = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    categorical_covariates = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    published_result = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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
                    dataset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    events = table.Column<long>(type: "bigint", nullable: false),
                    exposure = table.Column<double>(type: "double precision", nullable: false)
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
                    dataset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    exposed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
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
