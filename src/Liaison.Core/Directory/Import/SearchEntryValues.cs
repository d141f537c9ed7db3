using Liaison.Core.Directory.Registry;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Import;

/// <summary>The search projection of an HCP (<see cref="HcpSearchEntry"/>), computed the same way by every writer.</summary>
public sealed record SearchEntryValues(string Names, string SortName, string LastNameKey, string? Specialty, string? State,
    string? City, string? Zip5, double? Latitude, double? Longitude, bool IsActive)
{
    public static SearchEntryValues Of(ProviderRecord r) => Of(r.LastName, r.FirstName, r.MiddleName, r.OtherLastName,
        r.OtherFirstName, r.PrimaryTaxonomyCode, r.Practice ?? r.Mailing, Active(r.DeactivatedOn, r.ReactivatedOn));

    public static SearchEntryValues Of(string last, string first, string? middle, string? otherLast, string? otherFirst,
        string? specialty, AddressRecord? place, bool active)
    {
        var names = NameText.Normalise(string.Join(' ', new[] { last, first, middle, otherLast, otherFirst }.Where(n => !string.IsNullOrEmpty(n))));
        // Three names of up to 100 characters each (FHIR's, cut to their columns) can outrun the sort key's 300.
        var sort = Cut(NameText.Normalise($"{last} {first} {middle}"), 300);
        var us = place is { Country: "US" };
        return new SearchEntryValues(names, sort, NameKey.Of(last), specialty, us ? place!.State : null,
            place is null ? null : NameText.Normalise(place.City), place?.Zip5, place?.Latitude, place?.Longitude, active);
    }

    public static bool Active(DateOnly? deactivated, DateOnly? reactivated) =>
        deactivated is null || (reactivated is { } r && r >= deactivated);
}
