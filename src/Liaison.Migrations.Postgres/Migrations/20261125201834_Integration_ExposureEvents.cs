using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Integration_ExposureEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_initiative_exposure_events_event_id",
                table: "initiative_exposure_events",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "initiative_exposure_events");
        }
    }
}
