using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Directory_KolEvidenceTerritoriesConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinical_trials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    nct_id = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    overall_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    phases = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    study_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    lead_sponsor = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_trials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawal_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_consents_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "data_change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    duplicate_hcp_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    proposed_values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    proposed_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    proposed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_change_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_links_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hcp_merges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    duplicate_hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    survivor_hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    change_request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    merged_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    merged_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "influence_scores",
                columns: table => new
                {
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    publication_component = table.Column<double>(type: "REAL", nullable: false),
                    network_component = table.Column<double>(type: "REAL", nullable: false),
                    trial_component = table.Column<double>(type: "REAL", nullable: false),
                    prescribing_component = table.Column<double>(type: "REAL", nullable: true),
                    publications = table.Column<int>(type: "INTEGER", nullable: false),
                    first_or_last_authorships = table.Column<int>(type: "INTEGER", nullable: false),
                    recency_weighted_publications = table.Column<double>(type: "REAL", nullable: false),
                    co_authors = table.Column<int>(type: "INTEGER", nullable: false),
                    page_rank = table.Column<double>(type: "REAL", nullable: false),
                    trials = table.Column<int>(type: "INTEGER", nullable: false),
                    lead_trial_roles = table.Column<int>(type: "INTEGER", nullable: false),
                    trial_role_weight = table.Column<double>(type: "REAL", nullable: false),
                    claims = table.Column<long>(type: "INTEGER", nullable: true),
                    claims_year = table.Column<int>(type: "INTEGER", nullable: true),
                    computed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_influence_scores", x => x.hcp_id);
                    table.ForeignKey(
                        name: "fk_influence_scores_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prescribing_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    brand_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    generic_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    prescriber_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    prescriber_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    prescriber_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    total_claims = table.Column<int>(type: "INTEGER", nullable: false),
                    total30day_fills = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    total_day_supply = table.Column<int>(type: "INTEGER", nullable: true),
                    total_drug_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    total_beneficiaries = table.Column<int>(type: "INTEGER", nullable: true),
                    ge65suppression_flag = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    ge65total_claims = table.Column<int>(type: "INTEGER", nullable: true),
                    ge65total30day_fills = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ge65total_drug_cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ge65total_day_supply = table.Column<int>(type: "INTEGER", nullable: true),
                    ge65beneficiary_suppression_flag = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    ge65total_beneficiaries = table.Column<int>(type: "INTEGER", nullable: true),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_prescribing_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pmid = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    journal = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    doi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    author_count = table.Column<int>(type: "INTEGER", nullable: false),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "territories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    owner_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trial_investigators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    trial_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    role = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    is_overall_official = table.Column<bool>(type: "INTEGER", nullable: false),
                    affiliation = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    zip = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trial_investigators", x => x.id);
                    table.ForeignKey(
                        name: "fk_trial_investigators_clinical_trials_trial_id",
                        column: x => x.trial_id,
                        principalTable: "clinical_trials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "publication_authors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    publication_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    fore_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    initials = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    is_collective = table.Column<bool>(type: "INTEGER", nullable: false),
                    affiliation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    orcid = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publication_authors", x => x.id);
                    table.ForeignKey(
                        name: "fk_publication_authors_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "territory_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    territory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    hcp_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assigned_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territory_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_territory_assignments_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_territory_assignments_territories_territory_id",
                        column: x => x.territory_id,
                        principalTable: "territories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "territory_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    territory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territory_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_territory_rules_territories_territory_id",
                        column: x => x.territory_id,
                        principalTable: "territories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_trials_nct_id",
                table: "clinical_trials",
                column: "nct_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consents_hcp_id_channel_purpose",
                table: "consents",
                columns: new[] { "hcp_id", "channel", "purpose" });

            migrationBuilder.CreateIndex(
                name: "ix_data_change_requests_duplicate_hcp_id",
                table: "data_change_requests",
                column: "duplicate_hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_change_requests_hcp_id",
                table: "data_change_requests",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_change_requests_status_proposed_at",
                table: "data_change_requests",
                columns: new[] { "status", "proposed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_links_hcp_id_status",
                table: "evidence_links",
                columns: new[] { "hcp_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_links_kind_source_id_hcp_id",
                table: "evidence_links",
                columns: new[] { "kind", "source_id", "hcp_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evidence_links_status_confidence",
                table: "evidence_links",
                columns: new[] { "status", "confidence" });

            migrationBuilder.CreateIndex(
                name: "ix_hcp_merges_duplicate_hcp_id",
                table: "hcp_merges",
                column: "duplicate_hcp_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcp_merges_survivor_hcp_id",
                table: "hcp_merges",
                column: "survivor_hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_influence_scores_tier_score",
                table: "influence_scores",
                columns: new[] { "tier", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_generic_name_year",
                table: "prescribing_records",
                columns: new[] { "generic_name", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_hcp_id_year",
                table: "prescribing_records",
                columns: new[] { "hcp_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_npi_year_brand_name_generic_name",
                table: "prescribing_records",
                columns: new[] { "npi", "year", "brand_name", "generic_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publication_authors_publication_id_position",
                table: "publication_authors",
                columns: new[] { "publication_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publications_pmid",
                table: "publications",
                column: "pmid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_territories_name",
                table: "territories",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_territories_owner_user_id",
                table: "territories",
                column: "owner_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_territory_assignments_hcp_id",
                table: "territory_assignments",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_territory_assignments_territory_id_hcp_id",
                table: "territory_assignments",
                columns: new[] { "territory_id", "hcp_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_territory_rules_kind_value",
                table: "territory_rules",
                columns: new[] { "kind", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_territory_rules_territory_id_kind_value",
                table: "territory_rules",
                columns: new[] { "territory_id", "kind", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trial_investigators_trial_id_ordinal",
                table: "trial_investigators",
                columns: new[] { "trial_id", "ordinal" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "data_change_requests");

            migrationBuilder.DropTable(
                name: "evidence_links");

            migrationBuilder.DropTable(
                name: "hcp_merges");

            migrationBuilder.DropTable(
                name: "influence_scores");

            migrationBuilder.DropTable(
                name: "prescribing_records");

            migrationBuilder.DropTable(
                name: "publication_authors");

            migrationBuilder.DropTable(
                name: "territory_assignments");

            migrationBuilder.DropTable(
                name: "territory_rules");

            migrationBuilder.DropTable(
                name: "trial_investigators");

            migrationBuilder.DropTable(
                name: "publications");

            migrationBuilder.DropTable(
                name: "territories");

            migrationBuilder.DropTable(
                name: "clinical_trials");
        }
    }
}
