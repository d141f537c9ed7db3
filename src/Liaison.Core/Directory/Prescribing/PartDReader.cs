using System.Globalization;
using System.Text.RegularExpressions;
using static Liaison.Core.Common.TextCut;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// Streams a CMS "Medicare Part D Prescribers — by Provider and Drug" file (columns Prscrbr_NPI …
/// GE65_Tot_Benes, one row per prescriber and drug; the year is the file's data year). Columns are found by
/// header name, in today's layout or the legacy PUF's (<see cref="PartDLegacyLayout"/>). Each row is validated: NPI
/// check digit, claims (CMS publishes only rows of 11 claims or more), non-negative amounts, suppression flags ("*" primary, "#" counter-suppression) and the blanks they imply.
/// </summary>
public static partial class PartDReader
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Prscrbr_NPI", "Prscrbr_Last_Org_Name", "Prscrbr_First_Name", "Prscrbr_City", "Prscrbr_State_Abrvtn",
        "Prscrbr_State_FIPS", "Prscrbr_Type", "Prscrbr_Type_Src", "Brnd_Name", "Gnrc_Name", "Tot_Clms", "Tot_30day_Fills",
        "Tot_Day_Suply", "Tot_Drug_Cst", "Tot_Benes", "GE65_Sprsn_Flag", "GE65_Tot_Clms", "GE65_Tot_30day_Fills",
        "GE65_Tot_Drug_Cst", "GE65_Tot_Day_Suply", "GE65_Bene_Sprsn_Flag", "GE65_Tot_Benes",
    ];
    private static readonly string[] Required = ["Prscrbr_NPI", "Brnd_Name", "Gnrc_Name", "Tot_Clms"];
    public const int SuppressionThreshold = 11;

    /// <summary>The data year from a CMS file name such as MUP_DPR_RY23_P04_V10_DY21_NPIBN.csv (DY21 → 2021), or a legacy one (…_NPI_Drug_15.txt).</summary>
    public static int? YearFromFileName(string path) =>
        DataYear().Match(Path.GetFileName(path)) is { Success: true } m ? 2000 + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
        : PartDLegacyLayout.YearFromFileName(Path.GetFileName(path));

    /// <summary>
    /// The longest record read (see <see cref="Common.BoundedCsvText"/>): 22 short columns (names, a city, drug names,
    /// counts) make a row of a few hundred characters, so a record still open past 4 KiB is a stray quote running on.
    /// </summary>
    internal const int MaxRecordChars = 4 * 1024;

    /// <param name="year">The data year when the file has no Year column.</param>
    public static IEnumerable<Parsed<PartDRow>> Read(TextReader text, int? year)
    {
        using var bounded = new Common.BoundedCsvText(PartDLegacyLayout.AsCsv(text), MaxRecordChars);
        foreach (var row in HeaderNamedCsv.Read<PartDRow>(bounded, Required, "a Part D Prescribers by Provider and Drug file",
                     PartDLegacyLayout.CurrentName, index =>
                     {
                         var yearColumn = index.TryGetValue("Year", out var yc) ? yc : (int?)null;
                         if (yearColumn is null && year is null)
                             throw new SourceFormatException(new(1, "Year",
                                 "the file has no Year column and its name has no data year (…_DY21_…): give --year"));
                         return (fields, line) => Row(fields, index, yearColumn, year, line);
                     }))
            yield return row;
    }

    private static Parsed<PartDRow> Row(string[] f, Dictionary<string, int> index, int? yearColumn, int? year, long line)
    {
        string Get(string column) => index.TryGetValue(column, out var i) && i < f.Length ? f[i].Trim() : "";
        Parsed<PartDRow> Fail(string column, string reason) => new(null, new(line, column, reason), line);

        var npi = Get("Prscrbr_NPI");
        if (Registry.Npi.Problem(npi) is { } npiProblem) return Fail("Prscrbr_NPI", npiProblem);
        var rowYear = year ?? 0;
        if (yearColumn is not null && !int.TryParse(Get("Year"), NumberStyles.None, CultureInfo.InvariantCulture, out rowYear))
            return Fail("Year", $"'{Get("Year")}' is not a year");
        if (rowYear is < 2013 or > 2100) return Fail("Year", $"{rowYear} is not a Part D data year");
        var brand = Get("Brnd_Name");
        var generic = Get("Gnrc_Name");
        if (brand.Length == 0) return Fail("Brnd_Name", "the brand name is empty");
        if (generic.Length == 0) return Fail("Gnrc_Name", "the generic name is empty");
        var state = Get("Prscrbr_State_Abrvtn");
        if (state.Length > 0 && (state.Length != 2 || !state.All(char.IsAsciiLetterUpper)))
            return Fail("Prscrbr_State_Abrvtn", $"'{state}' is not a two-letter state code");

        if (!Whole(Get("Tot_Clms"), out var claims) || claims is null) return Fail("Tot_Clms", $"'{Get("Tot_Clms")}' is not a whole number of claims");
        if (claims < SuppressionThreshold)
            return Fail("Tot_Clms", $"{claims} claims: CMS suppresses rows under {SuppressionThreshold} claims, so a published row cannot have them");
        if (!Amount(Get("Tot_30day_Fills"), out var fills)) return Fail("Tot_30day_Fills", $"'{Get("Tot_30day_Fills")}' is not a non-negative number");
        if (!Whole(Get("Tot_Day_Suply"), out var days)) return Fail("Tot_Day_Suply", $"'{Get("Tot_Day_Suply")}' is not a whole number of days");
        if (!Amount(Get("Tot_Drug_Cst"), out var cost)) return Fail("Tot_Drug_Cst", $"'{Get("Tot_Drug_Cst")}' is not a non-negative amount");
        // Tot_Benes is blank when 1–10 beneficiaries (suppressed); a published count is therefore 11 or more.
        if (!Whole(Get("Tot_Benes"), out var benes)) return Fail("Tot_Benes", $"'{Get("Tot_Benes")}' is not a whole number");
        if (benes is > 0 and < SuppressionThreshold) return Fail("Tot_Benes", $"{benes} beneficiaries should have been suppressed (blank)");

        var flag = Get("GE65_Sprsn_Flag");
        if (flag is not ("" or "*" or "#")) return Fail("GE65_Sprsn_Flag", $"'{flag}' is not a suppression flag (blank, * or #)");
        int? geClaims = null, geDays = null;
        decimal? geFills = null, geCost = null;
        foreach (var column in (string[])["GE65_Tot_Clms", "GE65_Tot_30day_Fills", "GE65_Tot_Drug_Cst", "GE65_Tot_Day_Suply"])
        {
            var v = Get(column);
            if (flag.Length > 0 && v.Length > 0) return Fail(column, $"must be blank when GE65_Sprsn_Flag is '{flag}'");
        }
        if (flag.Length == 0)
        {
            if (!Whole(Get("GE65_Tot_Clms"), out geClaims)) return Fail("GE65_Tot_Clms", $"'{Get("GE65_Tot_Clms")}' is not a whole number");
            if (geClaims > claims) return Fail("GE65_Tot_Clms", $"{geClaims} claims for 65+ exceed the {claims} claims in total");
            if (!Amount(Get("GE65_Tot_30day_Fills"), out geFills)) return Fail("GE65_Tot_30day_Fills", $"'{Get("GE65_Tot_30day_Fills")}' is not a non-negative number");
            if (!Amount(Get("GE65_Tot_Drug_Cst"), out geCost)) return Fail("GE65_Tot_Drug_Cst", $"'{Get("GE65_Tot_Drug_Cst")}' is not a non-negative amount");
            if (!Whole(Get("GE65_Tot_Day_Suply"), out geDays)) return Fail("GE65_Tot_Day_Suply", $"'{Get("GE65_Tot_Day_Suply")}' is not a whole number");
        }
        var beneFlag = Get("GE65_Bene_Sprsn_Flag");
        if (beneFlag is not ("" or "*" or "#")) return Fail("GE65_Bene_Sprsn_Flag", $"'{beneFlag}' is not a suppression flag (blank, * or #)");
        int? geBenes = null;
        if (beneFlag.Length > 0 && Get("GE65_Tot_Benes").Length > 0) return Fail("GE65_Tot_Benes", $"must be blank when GE65_Bene_Sprsn_Flag is '{beneFlag}'");
        if (beneFlag.Length == 0 && !Whole(Get("GE65_Tot_Benes"), out geBenes)) return Fail("GE65_Tot_Benes", $"'{Get("GE65_Tot_Benes")}' is not a whole number");

        return new(new PartDRow(npi, rowYear, Cut(brand, 200), Cut(generic, 200), Null(Get("Prscrbr_Last_Org_Name"), 100),
            Null(Get("Prscrbr_First_Name"), 100), Null(Get("Prscrbr_City"), 100), Null(state, 2), Null(Get("Prscrbr_Type"), 100),
            claims.Value, fills, days, cost, benes, Null(flag, 1), geClaims, geFills, geCost, geDays, Null(beneFlag, 1), geBenes), null, line);
    }

    private static bool Whole(string s, out int? value)
    {
        value = null;
        if (s.Length == 0) return true;
        // CMS writes counts as integers; some releases give them as "1234.0".
        if (!Number(s, out var d) || d != decimal.Truncate(d) || d > int.MaxValue) return false;
        value = (int)d;
        return true;
    }

    private static bool Amount(string s, out decimal? value)
    {
        value = null;
        if (s.Length == 0) return true;
        // A cost a spreadsheet formatted as currency ("$1,234.50") is the same amount.
        if (!Number(s.StartsWith('$') ? s[1..] : s, out var d) || d > Data.LiaisonDbContext.LargestDecimal) return false;
        value = Data.LiaisonDbContext.ToCents(d);
        return true;
    }

    /// <summary>
    /// A non-negative number as CMS writes it ("1234.5"), or as a spreadsheet re-saves it with thousands separators
    /// ("1,234.5"); commas anywhere else ("12,34", a decimal comma) make it no number.
    /// </summary>
    private static bool Number(string s, out decimal value)
    {
        value = 0;
        return (!s.Contains(',') || Grouped().IsMatch(s))
               && decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    private static string? Null(string s, int max) => s.Length == 0 ? null : Cut(s, max);

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d*)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"_DY(\d{2})_", RegexOptions.IgnoreCase)]
    private static partial Regex DataYear();
}

/// <summary>A validated Part D row.</summary>
public sealed record PartDRow(string Npi, int Year, string BrandName, string GenericName, string? LastName, string? FirstName,
    string? City, string? State, string? PrescriberType, int TotalClaims, decimal? Total30DayFills, int? TotalDaySupply,
    decimal? TotalDrugCost, int? TotalBeneficiaries, string? Ge65SuppressionFlag, int? Ge65TotalClaims, decimal? Ge65Total30DayFills,
    decimal? Ge65TotalDrugCost, int? Ge65TotalDaySupply, string? Ge65BeneficiarySuppressionFlag, int? Ge65TotalBeneficiaries);
