using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Engagement_Model : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    study_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_payments", x => x.id);
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
                name: "event_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hcp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    advocate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    invited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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
                name: "ix_adverse_event_intakes_status_forward_by",
                table: "adverse_event_intakes",
                columns: new[] { "status", "forward_by" });

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
                name: "ix_content_items_document_code_version_label",
                table: "content_items",
                columns: new[] { "document_code", "version_label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_items_product_id",
                table: "content_items",
                column: "product_id");

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
                name: "ix_patient_advocates_organisation_name",
                table: "patient_advocates",
                columns: new[] { "organisation", "name" },
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
                name: "calendar_feed_tokens");

            migrationBuilder.DropTable(
                name: "content_files");

            migrationBuilder.DropTable(
                name: "engagement_plan_quarters");

            migrationBuilder.DropTable(
                name: "event_feedback");

            migrationBuilder.DropTable(
                name: "event_knowledge_questions");

            migrationBuilder.DropTable(
                name: "event_knowledge_scores");

            migrationBuilder.DropTable(
                name: "event_speakers");

            migrationBuilder.DropTable(
                name: "external_payments");

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
                name: "transfer_caps");

            migrationBuilder.DropTable(
                name: "transfers_of_value");

            migrationBuilder.DropTable(
                name: "engagement_plans");

            migrationBuilder.DropTable(
                name: "event_participants");

            migrationBuilder.DropTable(
                name: "content_items");

            migrationBuilder.DropTable(
                name: "interactions");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "patient_advocates");

            migrationBuilder.DropTable(
                name: "unsolicited_requests");
        }
    }
}
