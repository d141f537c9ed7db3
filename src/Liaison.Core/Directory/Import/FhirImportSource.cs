using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Validation;
using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// FHIR R4 Practitioner, PractitionerRole and Organization resources from a Bundle (.json) or a bulk-export file
/// (.ndjson), deserialised with the Firely SDK and mapped by <see cref="FhirProviderMapper"/>. The line of a
/// resource is its physical line in the file (for a Bundle, the line where its entry starts). Other resource
/// types are skipped; a Bundle inside a Bundle or on an NDJSON line is reported, its entries unread. The roles are read after the file's practitioners and organisations (<see cref="FhirResources"/>),
/// so their literal references reach them wherever the file lists them (in a resumed run, those before the checkpoint
/// through what the run committed; those of other files through what earlier runs imported: <see cref="FhirReferences"/>). A
/// practitioner or organisation given twice keeps its first resource (<see cref="GivenProviders"/>); an organisation a
/// role contains is that role's copy of it, so a copy of one given before is neither imported again nor reported.
/// </summary>
public sealed partial class FhirImportSource(string path) : IImportSource
{
    private readonly FhirReferences _references = new();
    private readonly GivenProviders _given = new();

    private FhirImportSource(string path, FhirReferences references, GivenProviders given) : this(path) => (_references, _given) = (references, given);

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    public string Kind => "fhir";
    public string Path => path;
    public long TotalBytes => new FileInfo(path).Length;

    /// <summary>
    /// A file, or a folder's resource files in dependency order (organisations, practitioners, roles) sharing their
    /// references and the providers they gave (the first file to give one stands).
    /// </summary>
    public static IReadOnlyList<FhirImportSource> ForPath(string path)
    {
        if (!System.IO.Directory.Exists(path)) return [new FhirImportSource(path)];
        var (references, given) = (new FhirReferences(), new GivenProviders());
        static int Rank(string type) => type.StartsWith("Organization", StringComparison.OrdinalIgnoreCase) ? 0
            : type.StartsWith("PractitionerRole", StringComparison.OrdinalIgnoreCase) ? 2
            : type.StartsWith("Practitioner", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        // A file named by its type (Practitioner.000.ndjson); else an NDJSON file by its first resource's type (a bulk export
        // named by UUID; other types skipped, an unreadable first line imported to be reported); a Bundle.
        static int FileRank(string file) => FhirResources.Uncompressed(System.IO.Path.GetFileName(file)) is var name && Rank(name) >= 0 ? Rank(name)
            : name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? FhirResources.FirstType(file) is { } type ? Rank(type) : 3
            : name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? 3 : -1;
        return System.IO.Directory.EnumerateFiles(path).Select(f => (File: f, Rank: FileRank(f)))
            .Where(f => f.Rank >= 0).OrderBy(f => f.Rank).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => new FhirImportSource(f.File, references, given)).ToList();
    }

    /// <summary>Checks the file once: the upload page checks it in the request, and the import's run asks again.</summary>
    public string? Open()
    {
        if (_opened) return null;
        var problem = Check();
        _opened = problem is null;
        return problem;
    }

    private bool _opened;

    private string? Check()
    {
        if (TextInput.Problem(path) is { } unreadable) return unreadable;
        if (IsNdjson) return null; // each line is checked on its own: a bad line is a bad record, not a bad file
        var bytes = TextInput.Utf8Bytes(PublishedBytes.ReadAll(path));
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not FHIR JSON: expected a resource or Bundle object";
            if (!root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
                return "not FHIR JSON: the object has no \"resourceType\"";
            if (type.GetString() == "Bundle" && root.TryGetProperty("entry", out var entry) && entry.ValueKind != JsonValueKind.Array)
                return "Bundle.entry must be an array";
            return null;
        }
        catch (JsonException e)
        {
            // NDJSON saved under .json: one resource per line is read as such.
            if (JsonLines.FirstLineIsOneObject(bytes)) { _ndjsonContent = true; return null; }
            return $"line {(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message})";
        }
    }

    private bool _ndjsonContent;

    private bool IsNdjson => _ndjsonContent || FhirResources.Uncompressed(path) is var name
        && (name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        var batch = new ImportBatch();
        // The checkpoint counts resources, not lines: a minified Bundle has all its entries on line 1, and a resumed
        // import that skipped "through line 1" skipped them all.
        foreach (var (line, position, entry, fullUrl, json) in FhirResources.InDependencyOrder(path, IsNdjson))
        {
            if (position <= skipThroughLine)
            {
                // Imported before the checkpoint: read again only for the providers it gave, so repeats after it are caught.
                if (!json.IsEmpty) Recall(line, json);
                continue;
            }
            var before = batch.Errors.Count;
            if (json.IsEmpty) batch.Errors.Add(new(line, "(resource)", "the entry has no resource (a deletion or a bare reference): nothing to import"));
            else if (FhirResources.NestedBundle(json, inBundle: entry is not null) is { } nested) batch.Errors.Add(new(line, "(resource)", nested));
            else Add(batch, line, fullUrl, json);
            if (entry is { } index) InEntry(batch.Errors, before, index);
            batch.LastLine = position;
            if (batch.Rows >= batchSize)
            {
                ct.ThrowIfCancellationRequested();
                yield return batch;
                batch = new ImportBatch();
            }
        }
        batch.BytesRead = TotalBytes;
        yield return batch;
    }

    private void Add(ImportBatch batch, long line, string? fullUrl, ReadOnlyMemory<byte> json)
    {
        // A NUL is no text a database can hold (PostgreSQL refuses it and the whole import with it): a damaged resource.
        if (Common.NulCharacter.InJson(json.Span))
        {
            batch.Errors.Add(new(line, "(resource)", Common.NulCharacter.JsonReason));
            return;
        }
        var (resource, issues, problem) = Deserialize(json);
        if (resource is null)
        {
            batch.Errors.Add(new(line, "(resource)", problem!));
            return;
        }
        try
        {
            // Organisations carried inside a role (contained resources) are records of their own.
            foreach (var (provider, contained) in Providers(resource))
                Collect(batch, Map(provider, line), provider, contained ? null : fullUrl, contained);
            if (resource is PractitionerRole r)
            {
                _references.Resolve(r);
                var (link, linkError) = FhirProviderMapper.Map(r, line);
                if (link is not null) batch.Affiliations.Add(link);
                else batch.Errors.Add(linkError!);
            }
        }
        // A property of the wrong JSON shape (an object where R4 wants an array) is only found when it is read.
        catch (CodedValidationException e)
        {
            // The SDK's "line 1, position 399" counts within the resource, not the file: the report's line says where it is.
            var first = WithinResource().Replace(issues?.FirstOrDefault()?.Message ?? e.Message, "");
            batch.Errors.Add(new(line, $"{resource.TypeName}", $"not a valid FHIR R4 {resource.TypeName}: {first}"));
        }
    }

    /// <summary>A resource imported before the checkpoint: only the providers it gave are noted (what it was rejected for was reported then).</summary>
    private void Recall(long line, ReadOnlyMemory<byte> json)
    {
        try
        {
            foreach (var (provider, _) in Providers(Deserialize(json).Resource))
                if (Map(provider, line).Record is { } record) _given.Add(record);
        }
        catch (CodedValidationException) { }
    }

    private static (Resource? Resource, IEnumerable<CodedException>? Issues, string? Problem) Deserialize(ReadOnlyMemory<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            Deserializer.TryDeserializeResource(ref reader, out var resource, out var issues);
            return (resource, issues, resource is null ? "not a FHIR R4 resource" : null);
        }
        // The SDK throws more than its documented exception for JSON that is not a resource ([], "text", a number).
        // Broken JSON is named by the character it breaks at: its own "LineNumber: 0" counts from the resource, not the file.
        catch (JsonException) when (BrokenAt(json.Span) is { } at)
        {
            return (null, null, $"not valid JSON (cut off or malformed at character {at + 1} of the resource)");
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException or FormatException or InvalidOperationException)
        {
            return (null, null, $"not a FHIR R4 resource: {e.Message}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@", line \d+, position \d+")]
    private static partial System.Text.RegularExpressions.Regex WithinResource();

    /// <summary>Where <paramref name="json"/> stops being JSON, or null when it is JSON (only not a resource).</summary>
    private static long? BrokenAt(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read()) { }
            return null;
        }
        catch (JsonException e) { return e.BytePositionInLine ?? reader.BytesConsumed; }
    }

    /// <summary>The practitioners and organisations a resource gives: itself, or the practitioners and organisations a role contains.</summary>
    private static IEnumerable<(DomainResource Provider, bool Contained)> Providers(Resource? resource) => resource switch
    {
        Practitioner or Organization => [((DomainResource)resource, false)],
        PractitionerRole r => r.Contained.Where(c => c is Practitioner or Organization).Select(c => ((DomainResource)c, true)),
        _ => [],
    };

    private static (Registry.ProviderRecord? Record, Registry.RowError? Error) Map(DomainResource provider, long line) =>
        provider is Practitioner p ? FhirProviderMapper.Map(p, line) : FhirProviderMapper.Map((Organization)provider, line);

    /// <summary>
    /// Errors of a Bundle entry name it by FHIRPath (<c>Bundle.entry[3].resource.identifier</c>): in a minified Bundle the
    /// line is 1 for every entry.
    /// </summary>
    private static void InEntry(List<Registry.RowError> errors, int from, int index)
    {
        for (var k = from; k < errors.Count; k++)
        {
            var column = errors[k].Column;
            var dot = column.IndexOf('.', StringComparison.Ordinal);
            var path = column.StartsWith('(') ? "" : dot < 0 ? "" : column[dot..];
            errors[k] = errors[k] with { Column = $"Bundle.entry[{index}].resource{path}" };
        }
    }

    private void Collect(ImportBatch batch, (Registry.ProviderRecord? Record, Registry.RowError? Error) mapped, Resource resource, string? fullUrl, bool contained)
    {
        if (mapped.Record is not { } record)
        {
            batch.Errors.Add(mapped.Error!);
            return;
        }
        // A later resource of a provider still names it: a role pointing at that resource reaches the provider. A contained
        // resource's id is its container's own ("#p1" in every role that contains a practitioner): no name for other roles.
        if (!contained) batch.References.AddRange(_references.Add(resource, fullUrl, record));
        if (_given.Add(record)) batch.Records.Add(record);
        else if (contained) batch.ContainedCopies++;
        else batch.Errors.Add(new(record.Line, $"{resource.TypeName}.identifier", GivenProviders.Repeat(record)));
    }
}
