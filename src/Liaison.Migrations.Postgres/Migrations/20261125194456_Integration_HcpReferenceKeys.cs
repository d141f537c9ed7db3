using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Integration_HcpReferenceKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_intakes_reporter_hcp_id",
                table: "adverse_event_intakes",
                column: "reporter_hcp_id");

            migrationBuilder.AddForeignKey(
                name: "fk_adverse_event_intakes_hcps_reporter_hcp_id",
                table: "adverse_event_intakes",
                column: "reporter_hcp_id",
                principalTable: "hcps",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_external_payments_hcps_hcp_id",
                table: "external_payments",
                column: "hcp_id",
                principalTable: "hcps",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_adverse_event_intakes_hcps_reporter_hcp_id",
                table: "adverse_event_intakes");

            migrationBuilder.DropForeignKey(
                name: "fk_external_payments_hcps_hcp_id",
                table: "external_payments");

            migrationBuilder.DropIndex(
                name: "ix_adverse_event_intakes_reporter_hcp_id",
                table: "adverse_event_intakes");
        }
    }
}
