using System.Globalization;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Latitude/longitude of US ZIP codes (the Census Bureau's ZCTA internal points, shipped as a resource; see
/// Reference/SOURCES.md). Addresses get their ZIP's centroid; radius search measures from it.
/// </summary>
public static class ZipCentroids
{
    private static readonly Lazy<Dictionary<string, (double Lat, double Lon)>> Table = new(Load);

    public static bool TryGet(string? zip5, out double latitude, out double longitude)
    {
        latitude = longitude = 0;
        if (zip5 is not { Length: 5 } || !Table.Value.TryGetValue(zip5, out var c)) return false;
        (latitude, longitude) = c;
        return true;
    }

    /// <summary>Every ZIP whose centroid is within <paramref name="radiusKm"/> of the point.</summary>
    public static IReadOnlyList<string> Within(double latitude, double longitude, double radiusKm) =>
        Table.Value.Where(z => DistanceKm(latitude, longitude, z.Value.Lat, z.Value.Lon) <= radiusKm)
            .Select(z => z.Key).Order(StringComparer.Ordinal).ToList();

    public static int Count => Table.Value.Count;

    /// <summary>Great-circle distance (haversine, mean Earth radius 6371 km).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
                + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static Dictionary<string, (double, double)> Load()
    {
        using var stream = typeof(ZipCentroids).Assembly.GetManifestResourceStream("Liaison.Directory.zcta_centroids.csv")
            ?? throw new InvalidOperationException("The ZIP centroid resource is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var table = new Dictionary<string, (double, double)>(34_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            table[parts[0]] = (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        return table;
    }
}
