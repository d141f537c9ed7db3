using Npgsql;
using NpgsqlTypes;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Rows of a binary COPY, written with typed, synchronous calls: each value lands in Npgsql's buffer (flushed to the
/// server as it fills), where the untyped async writes resolved a converter and an awaiter per value.
/// </summary>
internal sealed class PostgresCopyRow(NpgsqlBinaryImporter copy) : IRowWriter<PostgresCopyRow>
{
    public NpgsqlBinaryImporter Importer => copy;

    public PostgresCopyRow Start()
    {
        copy.StartRow();
        return this;
    }

    public PostgresCopyRow Text(string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
        return this;
    }

    public PostgresCopyRow Guid(Guid value)
    {
        copy.Write(value, NpgsqlDbType.Uuid);
        return this;
    }

    public PostgresCopyRow Int(long value)
    {
        copy.Write(value, NpgsqlDbType.Bigint);
        return this;
    }

    public PostgresCopyRow Int32(int value)
    {
        copy.Write(value, NpgsqlDbType.Integer);
        return this;
    }

    public PostgresCopyRow Bool(bool? value)
    {
        if (value is { } b) copy.Write(b, NpgsqlDbType.Boolean);
        else copy.WriteNull();
        return this;
    }

    public PostgresCopyRow Real(double? value)
    {
        if (value is { } d) copy.Write(d, NpgsqlDbType.Double);
        else copy.WriteNull();
        return this;
    }

    public PostgresCopyRow Date(DateOnly? value)
    {
        if (value is { } d) copy.Write(d, NpgsqlDbType.Date);
        else copy.WriteNull();
        return this;
    }

    public PostgresCopyRow Instant(DateTime value)
    {
        copy.Write(value, NpgsqlDbType.TimestampTz);
        return this;
    }
}
