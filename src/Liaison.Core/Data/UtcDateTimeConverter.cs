using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Liaison.Core.Data;

/// <summary>
/// Every instant is stored and read as UTC. SQLite hands back <see cref="DateTimeKind.Unspecified"/>,
/// and Npgsql refuses a non-UTC value for timestamptz; this makes both agree.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
