using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    manager_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_users_asp_net_users_manager_id",
                        column: x => x.manager_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    entity = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    old_values = table.Column<string>(type: "text", nullable: true),
                    new_values = table.Column<string>(type: "text", nullable: true),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_head",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_head", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feed_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feed_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinical_trials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nct_id = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    overall_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    phases = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    study_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    lead_sponsor = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_trials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    duplicate_hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposed_values = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    proposed_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    proposed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_change_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_import_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    file_size = table.Column<long>(type: "bigint", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    checkpoint_line = table.Column<long>(type: "bigint", nullable: false),
                    imported = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<string>(type: "text", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erased_npis",
                columns: table => new
                {
                    npi_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    erased_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erased_npis", x => x.npi_hash);
                });

            migrationBuilder.CreateTable(
                name: "hcp_merges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    duplicate_hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    survivor_hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    merged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    merged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcp_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hcps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    middle_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name_prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    name_suffix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    credentials = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    other_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    other_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sole_proprietor = table.Column<bool>(type: "boolean", nullable: true),
                    enumerated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registry_updated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deactivated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deactivation_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reactivated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    primary_taxonomy_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    external_system = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    erased_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    pseudonym = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hcps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    other_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    primary_taxonomy_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    is_subpart = table.Column<bool>(type: "boolean", nullable: true),
                    parent_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    enumerated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registry_updated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deactivated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deactivation_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reactivated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    external_system = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    search_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

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
                name: "patient_advocates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_advocates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "prescribing_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    brand_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    generic_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    brand_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    generic_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    prescriber_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    prescriber_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    prescriber_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    total_claims = table.Column<int>(type: "integer", nullable: false),
                    total30day_fills = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    total_day_supply = table.Column<int>(type: "integer", nullable: true),
                    total_drug_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    total_beneficiaries = table.Column<int>(type: "integer", nullable: true),
                    ge65suppression_flag = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    ge65total_claims = table.Column<int>(type: "integer", nullable: true),
                    ge65total30day_fills = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ge65total_drug_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ge65total_day_supply = table.Column<int>(type: "integer", nullable: true),
                    ge65beneficiary_suppression_flag = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    ge65total_beneficiaries = table.Column<int>(type: "integer", nullable: true),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    source_file = table.Column<long>(type: "bigint", nullable: true),
                    source_line = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_prescribing_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pmid = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    journal = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    doi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    author_count = table.Column<int>(type: "integer", nullable: false),
                    is_congress = table.Column<bool>(type: "boolean", nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    source_file = table.Column<long>(type: "bigint", nullable: true),
                    source_position = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "territories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    owner_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "therapeutic_areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    archived_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_therapeutic_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_caps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nature = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    annual_limit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    warn_at_percent = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfer_caps", x => x.id);
                    table.CheckConstraint("ck_transfer_caps_limit", "annual_limit > 0 AND warn_at_percent BETWEEN 1 AND 100");
                });

            migrationBuilder.CreateTable(
                name: "workspace_settings",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workspace_settings", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trial_investigators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trial_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    last_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    role = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    is_overall_official = table.Column<bool>(type: "boolean", nullable: false),
                    affiliation = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    zip = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                name: "directory_import_references",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    system = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "adverse_event_intakes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reporter_hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    aware_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    forward_by = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    raised_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    raised_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adverse_event_intakes", x => x.id);
                    table.ForeignKey(
                        name: "fk_adverse_event_intakes_hcps_reporter_hcp_id",
                        column: x => x.reporter_hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "congress_presentations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    congress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    presented_on = table.Column<DateOnly>(type: "date", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    purpose = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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
                name: "engagement_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    objectives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_engagement_plans_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    basis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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
                name: "external_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    record_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    slot = table.Column<int>(type: "integer", nullable: false),
                    program_year = table.Column<int>(type: "integer", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    profile_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    payer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    nature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    form = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    product_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    study_name = table.Column<string>(type: "text", nullable: true),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source_file = table.Column<long>(type: "bigint", nullable: true),
                    source_line = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_payments_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hcp_addresses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    fax = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true)
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
                    key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    names = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    sort_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    last_name_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    specialty = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    zip5 = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false),
                    license_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    license_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
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
                name: "influence_scores",
                columns: table => new
                {
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    tier = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    publication_component = table.Column<double>(type: "double precision", nullable: false),
                    network_component = table.Column<double>(type: "double precision", nullable: false),
                    trial_component = table.Column<double>(type: "double precision", nullable: false),
                    congress_component = table.Column<double>(type: "double precision", nullable: false),
                    prescribing_component = table.Column<double>(type: "double precision", nullable: true),
                    publications = table.Column<int>(type: "integer", nullable: false),
                    first_or_last_authorships = table.Column<int>(type: "integer", nullable: false),
                    recency_weighted_publications = table.Column<double>(type: "double precision", nullable: false),
                    co_authors = table.Column<int>(type: "integer", nullable: false),
                    page_rank = table.Column<double>(type: "double precision", nullable: false),
                    trials = table.Column<int>(type: "integer", nullable: false),
                    lead_trial_roles = table.Column<int>(type: "integer", nullable: false),
                    trial_role_weight = table.Column<double>(type: "double precision", nullable: false),
                    congress_presentations = table.Column<int>(type: "integer", nullable: false),
                    congress_papers = table.Column<int>(type: "integer", nullable: false),
                    lead_congress_roles = table.Column<int>(type: "integer", nullable: false),
                    recency_weighted_presentations = table.Column<double>(type: "double precision", nullable: false),
                    claims = table.Column<long>(type: "bigint", nullable: true),
                    claims_year = table.Column<int>(type: "integer", nullable: true),
                    computed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "hcp_affiliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    role_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    basis = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location_key = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    fax = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true)
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
                name: "publication_authors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    publication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    last_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fore_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    initials = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    is_collective = table.Column<bool>(type: "boolean", nullable: false),
                    affiliation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    orcid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    territory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    territory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    value = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    generic_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    therapeutic_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approved_indications = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_products_therapeutic_areas_therapeutic_area_id",
                        column: x => x.therapeutic_area_id,
                        principalTable: "therapeutic_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagement_plan_quarters",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    objective = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    planned_touchpoints = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_plan_quarters", x => new { x.plan_id, x.quarter });
                    table.CheckConstraint("ck_plan_quarters_quarter", "quarter BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "fk_engagement_plan_quarters_engagement_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "engagement_plans",
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

            migrationBuilder.CreateTable(
                name: "content_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    document_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version_label = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    off_label = table.Column<bool>(type: "boolean", nullable: false),
                    audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    media_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    storage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_content_items_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    series = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    agenda = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    budget_estimated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    budget_committed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    budget_actual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unsolicited_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unsolicited_attested = table.Column<bool>(type: "boolean", nullable: false),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    received_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    received_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unsolicited_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_unsolicited_requests_hcps_requester_hcp_id",
                        column: x => x.requester_hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unsolicited_requests_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "content_files",
                columns: table => new
                {
                    content_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_files", x => x.content_item_id);
                    table.ForeignKey(
                        name: "fk_content_files_content_items_content_item_id",
                        column: x => x.content_item_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_knowledge_questions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    choices = table.Column<List<string>>(type: "text[]", nullable: false),
                    correct_choice = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_knowledge_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_knowledge_questions_medical_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    advocate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    invited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    invited_via = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    registered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    walk_in = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_participants", x => x.id);
                    table.CheckConstraint("ck_event_participants_one_person", "(hcp_id IS NULL) <> (advocate_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_event_participants_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_participants_medical_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_participants_patient_advocates_advocate_id",
                        column: x => x.advocate_id,
                        principalTable: "patient_advocates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_speakers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_speakers", x => x.id);
                    table.CheckConstraint("ck_event_speakers_who", "hcp_id IS NOT NULL OR name IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_event_speakers_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_speakers_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiative_exposure_events",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_exposure_events", x => new { x.initiative_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_initiative_exposure_events_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_initiative_exposure_events_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    shared = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    unsolicited_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    signed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    signed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    amendment_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_interactions_unsolicited_requests_unsolicited_request_id",
                        column: x => x.unsolicited_request_id,
                        principalTable: "unsolicited_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    overall = table.Column<int>(type: "integer", nullable: false),
                    relevance = table.Column<int>(type: "integer", nullable: false),
                    speaker_quality = table.Column<int>(type: "integer", nullable: false),
                    would_recommend = table.Column<bool>(type: "boolean", nullable: false),
                    comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_feedback", x => x.id);
                    table.CheckConstraint("ck_event_feedback_ratings", "overall BETWEEN 1 AND 5 AND relevance BETWEEN 1 AND 5 AND speaker_quality BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_event_feedback_event_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "event_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_knowledge_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    correct = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    taken_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_knowledge_scores", x => x.id);
                    table.CheckConstraint("ck_knowledge_scores_range", "correct >= 0 AND correct <= total AND total > 0");
                    table.ForeignKey(
                        name: "fk_event_knowledge_scores_event_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "event_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_amendments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    amended_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    amended_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    amended_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    before = table.Column<string>(type: "text", nullable: false),
                    after = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_interaction_amendments_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interaction_attendees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    advocate_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_attendees", x => x.id);
                    table.CheckConstraint("ck_interaction_attendees_one_person", "(hcp_id IS NULL) <> (advocate_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_interaction_attendees_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_interaction_attendees_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_interaction_attendees_patient_advocates_advocate_id",
                        column: x => x.advocate_id,
                        principalTable: "patient_advocates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interaction_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_interaction_follow_ups_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_materials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    off_label = table.Column<bool>(type: "boolean", nullable: false),
                    certification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attached_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_materials", x => x.id);
                    table.ForeignKey(
                        name: "fk_interaction_materials_content_items_content_item_id",
                        column: x => x.content_item_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_interaction_materials_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_products",
                columns: table => new
                {
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_products", x => new { x.interaction_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_interaction_products_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_interaction_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfers_of_value",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    nature = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    form = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    number_of_payments = table.Column<int>(type: "integer", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true),
                    context = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    city_of_travel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    state_of_travel = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    country_of_travel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfers_of_value", x => x.id);
                    table.CheckConstraint("ck_transfers_of_value_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_transfers_of_value_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_transfers_of_value_hcps_hcp_id",
                        column: x => x.hcp_id,
                        principalTable: "hcps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_transfers_of_value_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_transfers_of_value_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_intakes_interaction_id",
                table: "adverse_event_intakes",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_intakes_reporter_hcp_id",
                table: "adverse_event_intakes",
                column: "reporter_hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_intakes_status_forward_by",
                table: "adverse_event_intakes",
                columns: new[] { "status", "forward_by" });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_token_hash",
                table: "api_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_manager_id",
                table: "AspNetUsers",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id",
                table: "audit_entries",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_entity_key",
                table: "audit_entries",
                columns: new[] { "entity", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_sequence",
                table: "audit_entries",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_unsealed",
                table: "audit_entries",
                column: "id",
                filter: "sequence IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feed_tokens_token_hash",
                table: "calendar_feed_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feed_tokens_user_id",
                table: "calendar_feed_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_trials_nct_id",
                table: "clinical_trials",
                column: "nct_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_congress_presentations_hcp_id_presented_on",
                table: "congress_presentations",
                columns: new[] { "hcp_id", "presented_on" });

            migrationBuilder.CreateIndex(
                name: "ix_consents_hcp_id_channel_purpose",
                table: "consents",
                columns: new[] { "hcp_id", "channel", "purpose" });

            migrationBuilder.CreateIndex(
                name: "ix_content_items_document_code_version_label",
                table: "content_items",
                columns: new[] { "document_code", "version_label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_items_product_id",
                table: "content_items",
                column: "product_id");

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
                name: "ix_directory_import_runs_kind_fingerprint_status",
                table: "directory_import_runs",
                columns: new[] { "kind", "fingerprint", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_plans_hcp_id",
                table: "engagement_plans",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_plans_owner_id_hcp_id_year",
                table: "engagement_plans",
                columns: new[] { "owner_id", "hcp_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_engagement_plans_year_owner_id",
                table: "engagement_plans",
                columns: new[] { "year", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_event_feedback_participant_id",
                table: "event_feedback",
                column: "participant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_knowledge_questions_event_id_number",
                table: "event_knowledge_questions",
                columns: new[] { "event_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_knowledge_scores_participant_id_phase",
                table: "event_knowledge_scores",
                columns: new[] { "participant_id", "phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_advocate_id",
                table: "event_participants",
                column: "advocate_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_event_id_advocate_id",
                table: "event_participants",
                columns: new[] { "event_id", "advocate_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_event_id_hcp_id",
                table: "event_participants",
                columns: new[] { "event_id", "hcp_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_hcp_id_checked_in_at",
                table: "event_participants",
                columns: new[] { "hcp_id", "checked_in_at" });

            migrationBuilder.CreateIndex(
                name: "ix_event_speakers_event_id",
                table: "event_speakers",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_speakers_hcp_id",
                table: "event_speakers",
                column: "hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_product_id",
                table: "events",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_series",
                table: "events",
                column: "series");

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at",
                table: "events",
                column: "starts_at");

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
                name: "ix_external_payments_hcp_id_paid_on",
                table: "external_payments",
                columns: new[] { "hcp_id", "paid_on" });

            migrationBuilder.CreateIndex(
                name: "ix_external_payments_kind_record_id_slot",
                table: "external_payments",
                columns: new[] { "kind", "record_id", "slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_external_payments_npi",
                table: "external_payments",
                column: "npi");

            migrationBuilder.CreateIndex(
                name: "ix_external_payments_profile_id",
                table: "external_payments",
                column: "profile_id");

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
                name: "ix_hcp_merges_duplicate_hcp_id",
                table: "hcp_merges",
                column: "duplicate_hcp_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcp_merges_survivor_hcp_id",
                table: "hcp_merges",
                column: "survivor_hcp_id");

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_hcp_id",
                table: "hcp_search_entries",
                column: "hcp_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hcp_search_entries_last_name_key_sort_name",
                table: "hcp_search_entries",
                columns: new[] { "last_name_key", "sort_name" });

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
                name: "ix_influence_scores_tier_score",
                table: "influence_scores",
                columns: new[] { "tier", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_initiative_exposure_events_event_id",
                table: "initiative_exposure_events",
                column: "event_id");

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
                name: "ix_interaction_amendments_interaction_id_number",
                table: "interaction_amendments",
                columns: new[] { "interaction_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_interaction_attendees_advocate_id",
                table: "interaction_attendees",
                column: "advocate_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_attendees_hcp_id_interaction_id",
                table: "interaction_attendees",
                columns: new[] { "hcp_id", "interaction_id" });

            migrationBuilder.CreateIndex(
                name: "ix_interaction_attendees_interaction_id",
                table: "interaction_attendees",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_follow_ups_interaction_id",
                table: "interaction_follow_ups",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_follow_ups_owner_id_completed_at_due_on",
                table: "interaction_follow_ups",
                columns: new[] { "owner_id", "completed_at", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_interaction_materials_content_item_id",
                table: "interaction_materials",
                column: "content_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_materials_interaction_id_content_item_id",
                table: "interaction_materials",
                columns: new[] { "interaction_id", "content_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_interaction_products_product_id",
                table: "interaction_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_event_id",
                table: "interactions",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_occurred_at",
                table: "interactions",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_owner_id_occurred_at",
                table: "interactions",
                columns: new[] { "owner_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_unsolicited_request_id",
                table: "interactions",
                column: "unsolicited_request_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_outcome_datasets_name",
                table: "outcome_datasets",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patient_advocates_organisation_name",
                table: "patient_advocates",
                columns: new[] { "organisation", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_generic_key_year",
                table: "prescribing_records",
                columns: new[] { "generic_key", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_hcp_id_year",
                table: "prescribing_records",
                columns: new[] { "hcp_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_prescribing_records_npi_year_brand_key_generic_key",
                table: "prescribing_records",
                columns: new[] { "npi", "year", "brand_key", "generic_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_code",
                table: "products",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_name",
                table: "products",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_therapeutic_area_id",
                table: "products",
                column: "therapeutic_area_id");

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
                name: "ix_therapeutic_areas_code",
                table: "therapeutic_areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_therapeutic_areas_name",
                table: "therapeutic_areas",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_transfer_caps_nature",
                table: "transfer_caps",
                column: "nature",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_transfers_of_value_event_id",
                table: "transfers_of_value",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_transfers_of_value_hcp_id_paid_on",
                table: "transfers_of_value",
                columns: new[] { "hcp_id", "paid_on" });

            migrationBuilder.CreateIndex(
                name: "ix_transfers_of_value_interaction_id",
                table: "transfers_of_value",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_transfers_of_value_paid_on",
                table: "transfers_of_value",
                column: "paid_on");

            migrationBuilder.CreateIndex(
                name: "ix_transfers_of_value_product_id",
                table: "transfers_of_value",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_trial_investigators_trial_id_ordinal",
                table: "trial_investigators",
                columns: new[] { "trial_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unsolicited_requests_product_id",
                table: "unsolicited_requests",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_unsolicited_requests_requester_hcp_id_received_at",
                table: "unsolicited_requests",
                columns: new[] { "requester_hcp_id", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adverse_event_intakes");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_head");

            migrationBuilder.DropTable(
                name: "calendar_feed_tokens");

            migrationBuilder.DropTable(
                name: "congress_presentations");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "content_files");

            migrationBuilder.DropTable(
                name: "data_change_requests");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "directory_import_references");

            migrationBuilder.DropTable(
                name: "engagement_plan_quarters");

            migrationBuilder.DropTable(
                name: "erased_npis");

            migrationBuilder.DropTable(
                name: "event_feedback");

            migrationBuilder.DropTable(
                name: "event_knowledge_questions");

            migrationBuilder.DropTable(
                name: "event_knowledge_scores");

            migrationBuilder.DropTable(
                name: "event_speakers");

            migrationBuilder.DropTable(
                name: "evidence_links");

            migrationBuilder.DropTable(
                name: "external_payments");

            migrationBuilder.DropTable(
                name: "hcp_addresses");

            migrationBuilder.DropTable(
                name: "hcp_affiliations");

            migrationBuilder.DropTable(
                name: "hcp_merges");

            migrationBuilder.DropTable(
                name: "hcp_search_entries");

            migrationBuilder.DropTable(
                name: "hcp_taxonomies");

            migrationBuilder.DropTable(
                name: "influence_scores");

            migrationBuilder.DropTable(
                name: "initiative_exposure_events");

            migrationBuilder.DropTable(
                name: "initiative_targets");

            migrationBuilder.DropTable(
                name: "interaction_amendments");

            migrationBuilder.DropTable(
                name: "interaction_attendees");

            migrationBuilder.DropTable(
                name: "interaction_follow_ups");

            migrationBuilder.DropTable(
                name: "interaction_materials");

            migrationBuilder.DropTable(
                name: "interaction_products");

            migrationBuilder.DropTable(
                name: "organisation_addresses");

            migrationBuilder.DropTable(
                name: "outcome_observations");

            migrationBuilder.DropTable(
                name: "prescribing_records");

            migrationBuilder.DropTable(
                name: "publication_authors");

            migrationBuilder.DropTable(
                name: "subject_covariates");

            migrationBuilder.DropTable(
                name: "territory_assignments");

            migrationBuilder.DropTable(
                name: "territory_rules");

            migrationBuilder.DropTable(
                name: "transfer_caps");

            migrationBuilder.DropTable(
                name: "transfers_of_value");

            migrationBuilder.DropTable(
                name: "trial_investigators");

            migrationBuilder.DropTable(
                name: "workspace_settings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "directory_import_runs");

            migrationBuilder.DropTable(
                name: "engagement_plans");

            migrationBuilder.DropTable(
                name: "event_participants");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "content_items");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "publications");

            migrationBuilder.DropTable(
                name: "territories");

            migrationBuilder.DropTable(
                name: "interactions");

            migrationBuilder.DropTable(
                name: "clinical_trials");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "patient_advocates");

            migrationBuilder.DropTable(
                name: "outcome_datasets");

            migrationBuilder.DropTable(
                name: "unsolicited_requests");

            migrationBuilder.DropTable(
                name: "hcps");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "therapeutic_areas");
        }
    }
}
