using System.Net.Sockets;
using Liaison.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Liaison.Cli;

/// <summary>
/// Why a command could not open its workspace database, in words, or null when the failure is something else: a
/// database that does not exist, a server that does not answer, a refused login or a SQLite file that cannot be
/// opened ended every command with Npgsql's or SQLite's stack trace, and so did a configuration naming no usable
/// workspace (an unknown provider). The connection string is not repeated: it may hold a password.
/// </summary>
internal static class WorkspaceUnreachable
{
    private const string Where = "Check Database__Provider and ConnectionStrings__Liaison.";

    public static string? Describe(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case WorkspaceConfigurationException c:
                    return $"The workspace is not configured: {c.Message} {Where}";
                case PostgresException { SqlState: "3D000" } p:
                    return $"The workspace database cannot be opened: {p.MessageText}. Create it (liaison db migrate then makes its schema) or name another. {Where}";
                case PostgresException { SqlState: "28P01" or "28000" } p:
                    return $"The workspace database refused the login: {p.MessageText}. {Where}";
                case NpgsqlException { InnerException: SocketException or TimeoutException } n:
                    return $"The workspace's PostgreSQL server does not answer: {n.InnerException!.Message}. {Where}";
                case SqliteException { SqliteErrorCode: 14 } s: // SQLITE_CANTOPEN
                    return $"The workspace's SQLite file cannot be opened: {s.Message.Replace("SQLite Error 14: ", "", StringComparison.Ordinal)} {Where}";
            }
        }
        return null;
    }
}
