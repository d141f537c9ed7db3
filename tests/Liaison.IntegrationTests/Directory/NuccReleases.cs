using System.Text;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A later NUCC code set release built from the shared v22.0 file, kept in NUCC's Windows-1252: two codes v22.0 lacks
/// (one with a 1252 character), the cardiology code's display name revised, a row whose code is malformed and a code given
/// twice. The shared file is 868 rows after its header, one physical line each, so the rows added start at line 870.
/// </summary>
internal static class NuccReleases
{
    public const string NewCode = "207QZ9999X", OtherNewCode = "2084Z9999X", Revised = "207RC0000X";
    public const string NewSpecialty = "Zebrafish Medicine", RevisedDisplayName = "Cardiovascular Disease Physician (revised)";
    public const int FirstAddedLine = 870;
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static byte[] Shared => System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "nucc", "nucc_taxonomy_220.csv"));

    /// <summary>The release as <paramref name="name"/> in a folder of its own.</summary>
    public static string Later(string name = "nucc_taxonomy_251.csv")
    {
        var lines = Windows1252.GetString(Shared).Split("\r\n").Where(l => l.Length > 0)
            .Select(l => l.StartsWith(Revised + ",", StringComparison.Ordinal) ? l.Replace("Cardiovascular Disease Physician", RevisedDisplayName, StringComparison.Ordinal) : l)
            .ToList();
        lines.Add($"{NewCode},Allopathic & Osteopathic Physicians,Family Medicine,{NewSpecialty},\"Cares for fish, as a test.\",[1/1/2026: new],Zebrafish Medicine Physician,Individual");
        lines.Add($"{OtherNewCode},Allopathic & Osteopathic Physicians,Psychiatry & Neurology,Pädiatrische Neurologie,,[1/1/2026: new],Pädiatrische Neurologie Physician,Individual");
        lines.Add("20RC0000X,Allopathic & Osteopathic Physicians,Internal Medicine,Bad Code,,,Bad Code Physician,Individual");
        lines.Add($"{NewCode},Allopathic & Osteopathic Physicians,Family Medicine,Given Twice,,,Given Twice Physician,Individual");
        var path = Path.Combine(TestTemp.Folder("nucc-"), name);
        System.IO.File.WriteAllBytes(path, Windows1252.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return path;
    }
}
