using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Turns one row of an NPPES Practice Location Reference File into a secondary practice location of an NPI, or says why
/// it cannot be imported: the first rule the row breaks, with its column name. The rules are the npidata file's
/// (<see cref="NppesRowParser"/>): the NPI check digit, field widths, and the address rules of <see cref="NppesAddressRule"/>
/// (a first line, a city, a US state code and a 5- or 9-digit ZIP for a US address).
/// </summary>
public sealed class PracticeLocationRowParser(PracticeLocationLayout layout)
{
    private readonly (int Column, int Max)[] _widths = [.. NppesAddressRule.Widths(layout.Address).Where(w => w.Column >= 0)];

    public (PracticeLocation? Location, RowError? Error) Parse(SepReader.Row row, long line)
    {
        RowError Fail(int column, string reason) => new(line, layout.Header[column], reason);
        if (!Common.CsvRowShape.Fits(row, layout.ColumnCount))
            return (null, new RowError(line, "(row)", $"the row has {row.ColCount} columns; the header has {layout.ColumnCount}"));
        if (Common.NulCharacter.In(row.Span))
            for (var i = 0; i < layout.ColumnCount; i++)
                if (Common.NulCharacter.In(row[i].Span)) return (null, Fail(i, Common.NulCharacter.Reason));
        var npi = row[layout.Npi].Span.Trim();
        if (Registry.Npi.Problem(npi) is { } npiProblem) return (null, Fail(layout.Npi, npiProblem));
        foreach (var (column, max) in _widths)
            if (row[column].Span.Trim().Length is var length && length > max)
                return (null, Fail(column, $"{length} characters: longer than the {max} this field holds"));
        var (address, error) = NppesAddressRule.Read(row, layout.Address, AddressKind.Other, layout.Header, line, required: true);
        return error is not null ? (null, error) : (new PracticeLocation(line, npi.ToString(), address!), null);
    }
}
