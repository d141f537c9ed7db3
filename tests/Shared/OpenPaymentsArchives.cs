using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Liaison.TestSupport;

/// <summary>
/// CMS Open Payments' program-year download as CMS names its entries (<c>PGYR2023_P01302025_01212025.zip</c>): a general
/// file, the research file, the ownership and investment file and the README, built in the test from the given texts.
/// </summary>
public static class OpenPaymentsArchives
{
    public const string Name = "PGYR2023_P01302025_01212025.zip";
    public const string General = "OP_DTL_GNRL_PGYR2023_P01302025_01212025.csv";
    public const string Research = "OP_DTL_RSRCH_PGYR2023_P01302025_01212025.csv";
    public const string Ownership = "OP_DTL_OWNRSHP_PGYR2023_P01302025_01212025.csv";
    public const string Readme = "OP_PGYR2023_README_P01302025.txt";

    /// <summary>The real 2014 research sample (300 rows) under ../shared/data.</summary>
    public static string ResearchSample(string sharedData) => Path.Combine(sharedData, "open-payments", "OP_RSRCH_PGYR2014_IA_head300.csv");

    /// <summary>An ownership and investment file of one physician's interest.</summary>
    public static string OwnershipText() => OpenPaymentsCsv.Layout(OpenPaymentsProgramYears.Ownership, new Dictionary<string, string>
    {
        ["Change_Type"] = "NEW", ["Physician_Profile_ID"] = "27216", ["Physician_NPI"] = "1588667638", ["Physician_Last_Name"] = "PILCHER",
        ["Record_ID"] = "990001", ["Program_Year"] = "2023", ["Total_Amount_Invested_USDollars"] = "25000", ["Value_of_Interest"] = "30000",
        ["Terms_of_Interest"] = "Stock", ["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = "Acme Pharma",
    });

    /// <summary>The program year's ZIP of a general file and a research file, with the ownership file and the README (deflate, as CMS's).</summary>
    public static byte[] Zip(string generalText, string researchText) => Zip((General, generalText), (Research, researchText),
        (Ownership, OwnershipText()), (Readme, "Filename: OP_PGYR2023_README_P01302025.txt\nThis compressed (.zip) file contains three CSV files.\n"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }

    /// <summary>
    /// The archive with one byte of <paramref name="entry"/>'s compressed data flipped, <paramref name="at"/> of the way in (a
    /// corrupted download): the entry's text ends or goes wrong there, the archive's list of entries still reads.
    /// </summary>
    public static byte[] Damaged(byte[] zip, string entry, double at = 0.5)
    {
        var damaged = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        // Local headers one after another (a seekable archive's give their sizes): 30 bytes, the name, the extra field, the data.
        for (var header = 0; ; header = DataOf(zip, header) + Size(zip, header))
        {
            if (!zip.AsSpan(header + 30, name.Length).SequenceEqual(name)) continue;
            damaged[DataOf(zip, header) + (int)(Size(zip, header) * at)] ^= 0x5A;
            return damaged;
        }
    }

    private static int Size(byte[] zip, int header) => BinaryPrimitives.ReadInt32LittleEndian(zip.AsSpan(header + 18));

    private static int DataOf(byte[] zip, int header) =>
        header + 30 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 28));

    /// <summary>The bytes written as <paramref name="fileName"/> in a test folder of its own; its path.</summary>
    public static string Write(string fileName, byte[] bytes)
    {
        var path = Path.Combine(TestTemp.Folder("op-zip-"), fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
