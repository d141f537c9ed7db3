using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Integration_InvitationChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "invited_via",
                table: "event_participants",
                type: "TEXT",
                maxLength: 12,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "invited_via",
                table: "event_participants");
        }
    }
}
