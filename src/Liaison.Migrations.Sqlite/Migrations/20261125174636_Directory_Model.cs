using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Directory_Model : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_import_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    file_size = table.Column<long>(type: "INTEGER", nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    checkpoint_line = table.Column<long>(type: "INTEGER", nullable: false),
                    imported = table.Column<long>(type: "INTEGER", nullable: false),
                    updated = table.Column<long>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    errors = table.Column<string>(type: "TEXT", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erased_npis",
                columns: table => new
                {
                    npi_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    erased_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erased_npis", x => x.npi_hash);
                });

            migrationBuilder.CreateTable(
                name: "hcps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    middle_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name_prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    name_suffix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    credentials = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    other_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    other_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    sole_proprietor = table.Column<bool>(type: "INTEGER", nullable: true),
                    enumerated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    registry_updated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deactivated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deactivation_reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    reactivated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    primary_taxonomy_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    external_system = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    erased_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    pseudonym = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    other_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    primary_taxonomy_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    is_subpart = table.Column<bool>(type: "INTEGER", nullable: true),
                    parent_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    enumerated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    registry_updated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deactivated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deactivation_reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    reactivated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    external_system = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    search_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "taxonomy_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    grouping = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    classification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    specialization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    section = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_taxonomy_codes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "hcp_addresses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    fax = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_hcp_addresses_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hcp_search_entries",
                columns: table => new
                {
                    key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    names = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    sort_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    last_name_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    zip5 = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_search_entries", x => x.key);
                    table.ForeignKey(
                        name: "fk_hcp_search_entries_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hcp_taxonomies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false),
                    license_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    license_state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_taxonomies", x => x.id);
                    table.ForeignKey(
                        name: "fk_hcp_taxonomies_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hcp_affiliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    role_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    basis = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_affiliations", x => x.id);
                    table.ForeignKey(
                        name: "fk_hcp_affiliations_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_hcp_affiliations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_addresses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_key = table.Column<string>(type: "TEXT", maxLength: 220, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    fax = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_addresses_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_directory_import_runs_kind_fingerprint_status",
                table: "directory_import_runs",
                columns: new[] { "kind", "fingerprint", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_hcp_addresses_hcp_id",
                table: "hcp_addresses",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_affiliations_hcp_id_organisation_id_basis",
                table: "hcp_affiliations",
                columns: new[] { "hcp_id", "organisation_id", "basis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcp_affiliations_organisation_id",
                table: "hcp_affiliations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_hcp_id",
                table: "hcp_search_entries",
                column: "hcp_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_last_name_key",
                table: "hcp_search_entries",
                column: "last_name_key");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_specialty_state_sort_name",
                table: "hcp_search_entries",
                columns: new[] { "specialty", "state", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_state_city_sort_name",
                table: "hcp_search_entries",
                columns: new[] { "state", "city", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_zip5_sort_name",
                table: "hcp_search_entries",
                columns: new[] { "zip5", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_hcp_taxonomies_hcp_id",
                table: "hcp_taxonomies",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_hcps_external_system_external_id",
                table: "hcps",
                columns: new[] { "external_system", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcps_npi",
                table: "hcps",
                column: "npi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_addresses_location_key",
                table: "organisation_addresses",
                column: "location_key");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_addresses_organisation_id",
                table: "organisation_addresses",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_external_system_external_id",
                table: "organisations",
                columns: new[] { "external_system", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_npi",
                table: "organisations",
                column: "npi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_search_name",
                table: "organisations",
                column: "search_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_import_runs");

            migrationBuilder.DropTable(
                name: "erased_npis");

            migrationBuilder.DropTable(
                name: "hcp_addresses");

            migrationBuilder.DropTable(
                name: "hcp_affiliations");

            migrationBuilder.DropTable(
                name: "hcp_search_entries");

            migrationBuilder.DropTable(
                name: "hcp_taxonomies");

            migrationBuilder.DropTable(
                name: "organisation_addresses");

            migrationBuilder.DropTable(
                name: "taxonomy_codes");

            migrationBuilder.DropTable(
                name: "hcps");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
