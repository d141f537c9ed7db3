using System.Globalization;
using System.Text;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>
/// Writes a program year's transfers of value as a CMS Open Payments general-payments file: one row per transfer,
/// recipients described from the directory (NPI, names, practice address, NUCC specialty, licence states), the
/// company from workspace settings, amounts with two decimals, dates as MM/DD/YYYY.
/// </summary>
public static class OpenPaymentsExport
{
    public const string CompanyName = "company.name";
    public const string CompanyOpenPaymentsId = "company.open-payments-id";
    public const string CompanyState = "company.state";
    public const string CompanyCountry = "company.country";

    public sealed record Summary(int ProgramYear, int Rows, decimal TotalAmount, int Recipients);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Summary> Handle(int year, TextWriter output, CancellationToken ct)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            var settings = await db.WorkspaceSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);
            var company = settings.GetValueOrDefault(CompanyName, "");
            var payments = await db.TransfersOfValue.AsNoTracking().Where(t => t.PaidOn >= from && t.PaidOn < to)
                .OrderBy(t => t.PaidOn).ThenBy(t => t.Id)
                .Select(t => new
                {
                    t.Id, t.HcpId, t.Amount, t.PaidOn, t.NumberOfPayments, t.Form, t.Nature, t.CityOfTravel, t.StateOfTravel,
                    t.CountryOfTravel, t.Context, Product = db.Products.Where(p => p.Id == t.ProductId)
                        .Select(p => new { p.Name, Area = p.TherapeuticArea!.Name }).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var recipients = await OpenPaymentsRecipients.LoadAsync(db, payments.Select(p => p.HcpId).Distinct().ToList(), ct);

            await output.WriteLineAsync(string.Join(',', OpenPaymentsLayout.GeneralPayments));
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in payments)
            {
                row.Clear();
                var r = recipients[p.HcpId];
                row["Change_Type"] = "NEW";
                row["Covered_Recipient_Type"] = r.RecipientType;
                row["Covered_Recipient_NPI"] = r.Npi;
                row["Covered_Recipient_First_Name"] = r.FirstName;
                row["Covered_Recipient_Middle_Name"] = r.MiddleName;
                row["Covered_Recipient_Last_Name"] = r.LastName;
                row["Covered_Recipient_Name_Suffix"] = r.Suffix;
                row["Recipient_Primary_Business_Street_Address_Line1"] = r.Line1;
                row["Recipient_Primary_Business_Street_Address_Line2"] = r.Line2;
                row["Recipient_City"] = r.City;
                row["Recipient_State"] = r.State;
                row["Recipient_Zip_Code"] = r.Zip;
                row["Recipient_Country"] = r.Country;
                row["Covered_Recipient_Primary_Type_1"] = r.PrimaryType;
                for (var i = 0; i < Math.Min(6, r.Specialties.Count); i++) row[$"Covered_Recipient_Specialty_{i + 1}"] = r.Specialties[i];
                for (var i = 0; i < Math.Min(5, r.LicenseStates.Count); i++) row[$"Covered_Recipient_License_State_code{i + 1}"] = r.LicenseStates[i];
                row["Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name"] = company;
                row["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_ID"] = settings.GetValueOrDefault(CompanyOpenPaymentsId);
                row["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"] = company;
                row["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_State"] = settings.GetValueOrDefault(CompanyState);
                row["Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Country"] = settings.GetValueOrDefault(CompanyCountry, "United States");
                row["Total_Amount_of_Payment_USDollars"] = p.Amount.ToString("0.00", CultureInfo.InvariantCulture);
                row["Date_of_Payment"] = p.PaidOn.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
                row["Number_of_Payments_Included_in_Total_Amount"] = p.NumberOfPayments.ToString(CultureInfo.InvariantCulture);
                row["Form_of_Payment_or_Transfer_of_Value"] = p.Form.Cms();
                row["Nature_of_Payment_or_Transfer_of_Value"] = p.Nature.Cms();
                row["City_of_Travel"] = p.CityOfTravel;
                row["State_of_Travel"] = p.StateOfTravel;
                row["Country_of_Travel"] = p.CountryOfTravel;
                row["Physician_Ownership_Indicator"] = "No";
                row["Third_Party_Payment_Recipient_Indicator"] = "No Third Party Payment";
                row["Contextual_Information"] = p.Context;
                row["Delay_in_Publication_Indicator"] = "No";
                row["Record_ID"] = TransferOfValue.RecordNumber(p.Id);
                row["Dispute_Status_for_Publication"] = "No";
                row["Related_Product_Indicator"] = p.Product is null ? "No" : "Yes";
                if (p.Product is { } product)
                {
                    row["Covered_or_Noncovered_Indicator_1"] = "Covered";
                    row["Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1"] = "Drug";
                    row["Product_Category_or_Therapeutic_Area_1"] = product.Area;
                    row["Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1"] = product.Name;
                }
                row["Program_Year"] = year.ToString(CultureInfo.InvariantCulture);
                row["Payment_Publication_Date"] = $"06/30/{year + 1}";
                await output.WriteLineAsync(string.Join(',', OpenPaymentsLayout.GeneralPayments.Select(c => Csv(row.GetValueOrDefault(c)))));
            }
            return new Summary(year, payments.Count, payments.Sum(p => p.Amount), recipients.Count);
        }
    }

    /// <summary>RFC 4180 quoting only where needed, as CMS's files do.</summary>
    internal static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value) b.Append(ch == '"' ? "\"\"" : ch.ToString());
        return b.Append('"').ToString();
    }
}
