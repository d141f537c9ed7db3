using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublicationVersionAndSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "source_file",
                table: "publications",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "source_position",
                table: "publications",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "publications",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_file",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "source_position",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "version",
                table: "publications");
        }
    }
}
