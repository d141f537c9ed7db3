namespace Liaison.Core.Directory;

/// <summary>
/// An address of a provider as registered, with the ZIP centroid as its location when the ZIP is known.
/// US state codes and ZIPs are validated on import; a foreign address keeps what its source gave.
/// </summary>
public abstract class PostalAddress
{
    public Guid Id { get; set; }
    public AddressKind Kind { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    /// <summary>Two-letter USPS code for US addresses; the state or province name elsewhere.</summary>
    public string? State { get; set; }
    /// <summary>Digits only: 5 (ZIP) or 9 (ZIP+4) for US addresses.</summary>
    public string? PostalCode { get; set; }
    /// <summary>ISO 3166 alpha-2.</summary>
    public string Country { get; set; } = "US";
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    /// <summary>WGS84 latitude of the ZIP centroid (or of the source's own geocode), when derivable.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>The first five digits of a US ZIP.</summary>
    public string? Zip5 => PostalCode is { Length: >= 5 } p && Country == "US" ? p[..5] : null;
}
