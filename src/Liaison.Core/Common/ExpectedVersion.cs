namespace Liaison.Core.Common;

/// <summary>
/// The versions an edit was made to: the one a page read, those an API client listed in <c>If-Match</c> (RFC 9110
/// §13.1.1: the edit goes ahead when the record is at any of them), or any version at all (<c>If-Match: *</c>).
/// The default matches no version, so a forgotten one is a stale edit, never an overwrite.
/// </summary>
public readonly struct ExpectedVersion
{
    private readonly long[]? _versions;
    private readonly bool _any;

    private ExpectedVersion(long[]? versions, bool any) => (_versions, _any) = (versions, any);

    /// <summary>Whichever version is current.</summary>
    public static ExpectedVersion Any { get; } = new(null, true);

    /// <summary>Any of these versions; none at all matches nothing.</summary>
    public static ExpectedVersion OneOf(IEnumerable<long> versions) => new([.. versions], false);

    public bool Matches(long current) => _any || (_versions is { } versions && Array.IndexOf(versions, current) >= 0);

    public static implicit operator ExpectedVersion(long version) => new([version], false);

    public override string ToString() => _any ? "*" : string.Join(", ", _versions ?? []);
}
