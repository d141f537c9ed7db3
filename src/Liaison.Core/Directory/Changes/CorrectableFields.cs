using Liaison.Core.Directory.Import;

namespace Liaison.Core.Directory.Changes;

/// <summary>The HCP fields a correction request may change, and how an approved one is applied.</summary>
public static class CorrectableFields
{
    public static readonly IReadOnlyDictionary<string, int> MaxLength = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [nameof(Hcp.LastName)] = 100, [nameof(Hcp.FirstName)] = 100, [nameof(Hcp.MiddleName)] = 100,
        [nameof(Hcp.NamePrefix)] = 20, [nameof(Hcp.NameSuffix)] = 20, [nameof(Hcp.Credentials)] = 100,
        [nameof(Hcp.OtherLastName)] = 100, [nameof(Hcp.OtherFirstName)] = 100,
    };

    private static readonly HashSet<string> Required = [nameof(Hcp.LastName), nameof(Hcp.FirstName)];

    /// <summary>Why the proposed values cannot be applied, or null.</summary>
    public static string? Problem(IReadOnlyDictionary<string, string?> values)
    {
        if (values.Count == 0) return "Propose at least one corrected value.";
        foreach (var (field, value) in values)
        {
            if (!MaxLength.TryGetValue(field, out var max)) return $"{field} cannot be corrected here; correctable: {string.Join(", ", MaxLength.Keys)}.";
            if (Required.Contains(field) && string.IsNullOrWhiteSpace(value)) return $"{field} cannot be empty.";
            if (value is { } v && v.Trim().Length > max) return $"{field} is longer than {max} characters.";
        }
        return null;
    }

    public static void Apply(Hcp hcp, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (field, raw) in values)
        {
            var value = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
            switch (field)
            {
                case nameof(Hcp.LastName): hcp.LastName = value!; break;
                case nameof(Hcp.FirstName): hcp.FirstName = value!; break;
                case nameof(Hcp.MiddleName): hcp.MiddleName = value; break;
                case nameof(Hcp.NamePrefix): hcp.NamePrefix = value; break;
                case nameof(Hcp.NameSuffix): hcp.NameSuffix = value; break;
                case nameof(Hcp.Credentials): hcp.Credentials = value; break;
                case nameof(Hcp.OtherLastName): hcp.OtherLastName = value; break;
                case nameof(Hcp.OtherFirstName): hcp.OtherFirstName = value; break;
            }
        }
    }

    /// <summary>Keeps the search projection's names in step with corrected names.</summary>
    public static void Refresh(HcpSearchEntry entry, Hcp hcp)
    {
        var v = SearchEntryValues.Of(hcp.LastName, hcp.FirstName, hcp.MiddleName, hcp.OtherLastName, hcp.OtherFirstName,
            entry.Specialty, null, entry.IsActive);
        (entry.Names, entry.SortName, entry.LastNameKey) = (v.Names, v.SortName, v.LastNameKey);
    }
}
