namespace Liaison.Core.Directory;

/// <summary>
/// A code of the NUCC Health Care Provider Taxonomy code set: what "207RC0000X" means to a reader
/// ("Cardiovascular Disease Physician"), from the code set Liaison ships (<see cref="Registry.NuccCodeSet"/>).
/// </summary>
public sealed class TaxonomyCode
{
    public string Code { get; set; } = "";
    public string Grouping { get; set; } = "";
    public string Classification { get; set; } = "";
    public string? Specialization { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>"Individual" or "Non-Individual".</summary>
    public string Section { get; set; } = "";

    /// <summary>The readable specialty: the specialization when there is one, else the classification.</summary>
    public string Specialty => Specialization ?? Classification;
}
