namespace Liaison.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
