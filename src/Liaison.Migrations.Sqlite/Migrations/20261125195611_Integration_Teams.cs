using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Integration_Teams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "manager_id",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_manager_id",
                table: "AspNetUsers",
                column: "manager_id");

            migrationBuilder.AddForeignKey(
                name: "fk_asp_net_users_asp_net_users_manager_id",
                table: "AspNetUsers",
                column: "manager_id",
                principalTable: "AspNetUsers",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_asp_net_users_asp_net_users_manager_id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_manager_id",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "manager_id",
                table: "AspNetUsers");
        }
    }
}
