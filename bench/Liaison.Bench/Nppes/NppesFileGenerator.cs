using System.Text;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Bench.Nppes;

/// <summary>
/// Writes an N-row file in the real NPPES layout: the real header of the shared sample, its real rows as templates,
/// with a fresh valid NPI, a synthetic surname (three syllables: ~200k distinct names), a first name and a ZIP per row.
/// </summary>
internal static class NppesFileGenerator
{
    private static readonly string[] Syllables =
    [
        "AB", "AL", "AN", "AR", "BA", "BE", "BRO", "CAL", "CHE", "DA", "DEL", "DON", "EL", "FAR", "FI", "GAL", "GRE", "HAL", "HEN",
        "IN", "JO", "KAR", "KEL", "LA", "LIN", "MAR", "MEN", "MOR", "NA", "NEL", "OR", "PA", "PIL", "QUIN", "RA", "REN", "ROS", "SA",
        "SEL", "SON", "TAN", "TER", "TON", "UL", "VAN", "VER", "WAL", "WIN", "YA", "ZEL",
    ];
    private static readonly string[] FirstNames = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "SUSAN"];
    private static readonly (string State, string Zip, string City)[] Places =
        [("TX", "77030", "HOUSTON"), ("FL", "32204", "JACKSONVILLE"), ("NY", "10016", "NEW YORK"), ("CA", "94143", "SAN FRANCISCO"), ("OH", "43615", "TOLEDO"), ("NE", "68847", "KEARNEY"), ("IL", "60611", "CHICAGO"), ("MA", "02115", "BOSTON")];
    private static readonly string[] Specialties = ["207RC0000X", "207RX0202X", "207R00000X", "207Q00000X", "2084N0400X", "207RH0003X", "208000000X", "207X00000X"];

    public static string Surname(Random random) =>
        Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];

    public static string Write(string sample, string file, int rows, int seed = 7)
    {
        if (File.Exists(file) && File.ReadLines(file).Skip(1).Take(rows + 1).Count() == rows) return file;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(sample);
        var header = reader.Header.ColNames.ToArray();
        var templates = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++) values[i] = row[i].ToString();
            if (values[1] == "1") templates.Add(values);
        }
        int Col(string name) => Array.IndexOf(header, name);
        var (last, first, state, zip, city, tax, primary) = (Col("Provider Last Name (Legal Name)"), Col("Provider First Name"),
            Col("Provider Business Practice Location Address State Name"), Col("Provider Business Practice Location Address Postal Code"),
            Col("Provider Business Practice Location Address City Name"), Col("Healthcare Provider Taxonomy Code_1"),
            Col("Healthcare Provider Primary Taxonomy Switch_1"));
        var random = new Random(seed);
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(4096);
        void Emit(IEnumerable<string> values)
        {
            line.Clear();
            foreach (var v in values) line.Append('"').Append(v).Append("\",");
            line.Length--;
            writer.Write(line.Append('\n'));
        }
        Emit(header);
        for (var i = 0; i < rows; i++)
        {
            var r = (string[])templates[i % templates.Count].Clone();
            var nine = (100_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            r[0] = nine + Npi.CheckDigit(nine);
            r[last] = Surname(random);
            r[first] = FirstNames[random.Next(FirstNames.Length)];
            var place = Places[random.Next(Places.Length)];
            (r[state], r[zip], r[city]) = (place.State, place.Zip + "0001", place.City);
            (r[tax], r[primary]) = (Specialties[random.Next(Specialties.Length)], "Y");
            Emit(r);
        }
        return file;
    }
}
