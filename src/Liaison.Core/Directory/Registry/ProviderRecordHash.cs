using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// A 64-bit hash (XXH3) of everything a <see cref="ProviderRecord"/> stores, field by field with separators, so the
/// same provider reads the same whichever file layout or source it came from; an unchanged row is skipped.
/// </summary>
public static class ProviderRecordHash
{
    public static long Compute(ProviderRecord r)
    {
        var sb = new StringBuilder(512);
        void F(object? v) => sb.Append(Convert.ToString(v, CultureInfo.InvariantCulture)).Append('\u001f');
        F(r.Npi); F(r.IsOrganisation); F(r.DeactivationOnly); F(r.Source); F(r.ExternalSystem); F(r.ExternalId);
        F(r.LastName); F(r.FirstName); F(r.MiddleName); F(r.NamePrefix); F(r.NameSuffix); F(r.Credentials);
        F(r.OtherLastName); F(r.OtherFirstName); F(r.Sex); F(r.SoleProprietor);
        F(r.OrganisationName); F(r.OrganisationOtherName); F(r.OrganisationKind); F(r.IsSubpart); F(r.ParentName);
        F(r.EnumeratedOn); F(r.RegistryUpdatedOn); F(r.DeactivatedOn); F(r.DeactivationReason); F(r.ReactivatedOn);
        foreach (var a in r.Addresses())
        {
            F(a.Kind); F(a.Line1); F(a.Line2); F(a.City); F(a.State); F(a.PostalCode); F(a.Country); F(a.Phone); F(a.Fax);
        }
        sb.Append('\u001e');
        foreach (var t in r.Taxonomies)
        {
            F(t.Code); F(t.IsPrimary); F(t.LicenseNumber); F(t.LicenseState); F(t.Ordinal);
        }
        var chars = sb.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars));
        try
        {
            var n = 0;
            foreach (var chunk in sb.GetChunks()) n += Encoding.UTF8.GetBytes(chunk.Span, buffer.AsSpan(n));
            return unchecked((long)XxHash3.HashToUInt64(buffer.AsSpan(0, n)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
